package org.taawun.catalog.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.catalog.ProductChanged;
import org.taawun.catalog.ProductStatus;
import org.taawun.cooperative.CooperativeDirectory;
import org.taawun.cooperative.CooperativeView;
import org.taawun.inventory.Inventory;
import org.taawun.shared.Texts;
import org.taawun.shared.money.Money;

/**
 * Products as public pages show them. Lists, and cards by id (the results of searches), are cached briefly and
 * evicted on this node at every product change (other nodes see changes within {@link #TTL}).
 */
@Component
public class ProductCards {

    static final Duration TTL = Duration.ofSeconds(30);
    static final int STOREFRONT_SIZE = 200;

    /** A product in a list. */
    public record Card(
            UUID id,
            UUID cooperativeId,
            String nameAr,
            String nameFr,
            String nameEn,
            Money price,
            boolean fromPrice,
            String thumbnail,
            List<String> labels,
            String category) {

        public String name(String language) {
            return Texts.pick(language, nameAr, nameFr, nameEn);
        }
    }

    /** A product page: the product, its cooperative and what can be bought now of each variant. */
    public record Page(Product product, CooperativeView cooperative, Map<UUID, Integer> available) {}

    private final ProductRepository products;
    private final CooperativeDirectory cooperatives;
    private final Inventory inventory;
    private final Cache<UUID, List<Card>> byCooperative =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(TTL).build();
    private final Cache<Integer, List<Card>> newest =
            Caffeine.newBuilder().maximumSize(10).expireAfterWrite(TTL).build();
    /** Cards by product id; a card is about 1 KB: 20,000 of them hold the products that searches show most. */
    private final Cache<UUID, Card> byId =
            Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(TTL).build();

    private final TransactionTemplate readOnly;

    ProductCards(
            ProductRepository products,
            CooperativeDirectory cooperatives,
            Inventory inventory,
            PlatformTransactionManager transactions) {
        this.products = products;
        this.cooperatives = cooperatives;
        this.inventory = inventory;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public List<Card> publishedOf(UUID cooperativeId) {
        return byCooperative.get(
                cooperativeId,
                id -> cards(products.findByCooperativeIdAndStatusOrderByPublishedAtDesc(
                                id, ProductStatus.PUBLISHED, PageRequest.of(0, STOREFRONT_SIZE))
                        .getContent()));
    }

    public List<Card> newest(int size) {
        return newest.get(
                size,
                n -> cards(products.findByStatusOrderByPublishedAtDesc(ProductStatus.PUBLISHED, PageRequest.of(0, n))
                        .getContent()));
    }

    /** The cards of those products that exist, in no particular order; the ones not cached are read in one query. */
    public Collection<Card> byIds(Collection<UUID> ids) {
        return byId.getAll(
                        ids,
                        missing -> readOnly.execute(status -> {
                            Map<UUID, Card> read = new HashMap<>();
                            for (Product product : products.findByIdIn(Set.copyOf(missing))) {
                                read.put(product.id(), card(product));
                            }
                            return read;
                        }))
                .values();
    }

    @Transactional(readOnly = true)
    public Optional<Page> page(UUID productId) {
        return products.findById(productId)
                .flatMap(product -> cooperatives
                        .find(product.cooperativeId())
                        .map(cooperative -> new Page(
                                product,
                                cooperative,
                                inventory.available(
                                        product.variants().stream()
                                                .map(Variant::id)
                                                .toList(),
                                        product.cooperativeId()))));
    }

    public static Card card(Product p) {
        String thumbnail = p.photos().isEmpty() ? null : p.photos().get(0).small();
        return new Card(
                p.id(),
                p.cooperativeId(),
                p.nameAr(),
                p.nameFr(),
                p.nameEn(),
                new Money(p.minPrice(), p.currency()),
                p.variants().size() > 1,
                thumbnail,
                p.labels(),
                p.category().name());
    }

    private static List<Card> cards(List<Product> list) {
        return list.stream().map(ProductCards::card).toList();
    }

    @TransactionalEventListener
    void on(ProductChanged event) {
        byCooperative.invalidate(event.cooperativeId());
        newest.invalidateAll();
        byId.invalidate(event.productId());
    }
}

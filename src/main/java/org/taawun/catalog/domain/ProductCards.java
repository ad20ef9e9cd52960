package org.taawun.catalog.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
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

    private static final String CARDS = "select p.id, p.cooperative_id, p.name_ar, p.name_fr, p.name_en, p.min_price,"
            + " p.currency, p.labels, p.category,"
            + " (select count(*) from catalog.variants v where v.product_id = p.id) as variants,"
            + " (select f.small from catalog.photos f where f.product_id = p.id order by f.position limit 1)"
            + " as thumbnail from catalog.products p ";

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
    public record Page(ProductView product, CooperativeView cooperative, Map<UUID, Integer> available) {}

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

    private final JdbcClient jdbc;

    ProductCards(ProductRepository products, CooperativeDirectory cooperatives, Inventory inventory, JdbcClient jdbc) {
        this.products = products;
        this.cooperatives = cooperatives;
        this.inventory = inventory;
        this.jdbc = jdbc;
    }

    public List<Card> publishedOf(UUID cooperativeId) {
        return byCooperative.get(
                cooperativeId,
                id -> cards(
                        "where p.cooperative_id = ? and p.status = ? order by p.published_at desc limit ?",
                        id,
                        ProductStatus.PUBLISHED.name(),
                        STOREFRONT_SIZE));
    }

    public List<Card> newest(int size) {
        return newest.get(
                size,
                n -> cards(
                        "where p.status = ? order by p.published_at desc limit ?", ProductStatus.PUBLISHED.name(), n));
    }

    /** The cards of those products that exist, in no particular order; the ones not cached are read in one query. */
    public Collection<Card> byIds(Collection<UUID> ids) {
        return byId.getAll(ids, missing -> {
                    Map<UUID, Card> read = new HashMap<>();
                    for (Card card : cards("where p.id = any(?)", (Object) missing.toArray(UUID[]::new))) {
                        read.put(card.id(), card);
                    }
                    return read;
                })
                .values();
    }

    @Transactional(readOnly = true)
    public Optional<Page> page(UUID productId) {
        return products.findById(productId)
                .flatMap(product -> cooperatives
                        .find(product.cooperativeId())
                        .map(cooperative -> new Page(
                                ProductView.of(product),
                                cooperative,
                                inventory.available(
                                        product.variants().stream()
                                                .map(Variant::id)
                                                .toList(),
                                        product.cooperativeId()))));
    }

    /** Cards in one query: the product's columns, its number of variants and its first photo. */
    private List<Card> cards(String where, Object... params) {
        return jdbc.sql(CARDS + where).params(params).query(ProductCards::card).list();
    }

    private static Card card(ResultSet row, int rowNumber) throws SQLException {
        String labels = row.getString("labels");
        return new Card(
                row.getObject("id", UUID.class),
                row.getObject("cooperative_id", UUID.class),
                row.getString("name_ar"),
                row.getString("name_fr"),
                row.getString("name_en"),
                new Money(row.getBigDecimal("min_price"), row.getString("currency")),
                row.getInt("variants") > 1,
                row.getString("thumbnail"),
                labels == null || labels.isBlank() ? List.of() : List.of(labels.split(",")),
                row.getString("category"));
    }

    @TransactionalEventListener
    void on(ProductChanged event) {
        byCooperative.invalidate(event.cooperativeId());
        newest.invalidateAll();
        byId.invalidate(event.productId());
    }
}

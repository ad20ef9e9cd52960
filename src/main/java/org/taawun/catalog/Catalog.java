package org.taawun.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.domain.Product;
import org.taawun.catalog.domain.ProductRepository;
import org.taawun.catalog.domain.Variant;
import org.taawun.shared.money.Money;

/** What other modules may read of the catalogue: the sellable items with their current prices. */
@Component
public class Catalog {

    private final ProductRepository products;

    Catalog(ProductRepository products) {
        this.products = products;
    }

    @Transactional(readOnly = true)
    public Optional<SellableItem> sellable(UUID id) {
        return products.findVariant(id).map(Catalog::item);
    }

    @Transactional(readOnly = true)
    public List<SellableItem> sellables(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : products.findVariants(ids).stream().map(Catalog::item).toList();
    }

    static SellableItem item(Variant variant) {
        Product product = variant.product();
        String thumbnail =
                product.photos().isEmpty() ? null : product.photos().get(0).small();
        return new SellableItem(
                variant.id(),
                product.id(),
                product.cooperativeId(),
                product.nameAr(),
                product.nameFr(),
                product.nameEn(),
                variant.label(),
                new Money(variant.price(), product.currency()),
                product.isPublished(),
                product.weightGrams(),
                thumbnail);
    }
}

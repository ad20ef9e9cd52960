package org.taawun.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.SellableItem;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.money.Money;

/**
 * Reads of products for the rest of the module (web, search, the {@link org.taawun.catalog.Catalog} facade), as
 * views: the repository and the entities stay inside this package.
 */
@Service
public class ProductQueries {

    private final ProductRepository products;
    private final AccessGuard guard;

    ProductQueries(ProductRepository products, AccessGuard guard) {
        this.products = products;
        this.guard = guard;
    }

    /** The products with these ids (search results), in no particular order. */
    @Transactional(readOnly = true)
    public List<ProductView> byIds(Collection<UUID> ids) {
        return products.findByIdIn(ids).stream().map(ProductView::of).toList();
    }

    /** The product when the current user may see it: published, or of a cooperative she may act for. */
    @Transactional(readOnly = true)
    public Optional<ProductView> visible(UUID id) {
        return products.findById(id)
                .filter(p -> p.isPublished() || guard.mayActFor(p.cooperativeId()))
                .map(ProductView::of);
    }

    /** A sellable variant with its product's names, price and state. */
    @Transactional(readOnly = true)
    public Optional<SellableItem> sellable(UUID variantId) {
        return products.findVariant(variantId).map(ProductQueries::item);
    }

    @Transactional(readOnly = true)
    public long count() {
        return products.count();
    }

    /** A cooperative's products, newest first, for its managers (403 for anyone else). */
    @Transactional(readOnly = true)
    public List<ProductView> ofCooperative(UUID cooperativeId) {
        guard.requireMayActFor(cooperativeId);
        return products.findByCooperativeIdOrderByCreatedAtDesc(cooperativeId).stream()
                .map(ProductView::of)
                .toList();
    }

    private static SellableItem item(Variant variant) {
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

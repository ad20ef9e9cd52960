package org.taawun.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;

/**
 * Reads of products for the rest of the module (web, search, the {@link org.taawun.catalog.Catalog} facade): the
 * repository stays inside this package.
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
    public List<Product> byIds(Collection<UUID> ids) {
        return products.findByIdIn(ids);
    }

    /** The product when the current user may see it: published, or of a cooperative she may act for. */
    @Transactional(readOnly = true)
    public Optional<Product> visible(UUID id) {
        return products.findById(id).filter(p -> p.isPublished() || guard.mayActFor(p.cooperativeId()));
    }

    /** The product whatever its state, for indexing. */
    @Transactional(readOnly = true)
    public Optional<Product> find(UUID id) {
        return products.findById(id);
    }

    /** A sellable variant with its product. */
    @Transactional(readOnly = true)
    public Optional<Variant> variant(UUID variantId) {
        return products.findVariant(variantId);
    }

    @Transactional(readOnly = true)
    public long count() {
        return products.count();
    }

    /** A cooperative's products, newest first, for its managers (403 for anyone else). */
    @Transactional(readOnly = true)
    public List<Product> ofCooperative(UUID cooperativeId) {
        guard.requireMayActFor(cooperativeId);
        return products.findByCooperativeIdOrderByCreatedAtDesc(cooperativeId);
    }
}

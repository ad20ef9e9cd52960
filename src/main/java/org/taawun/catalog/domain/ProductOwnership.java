package org.taawun.catalog.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.CooperativeOwnership;

/** The cooperative a product belongs to, for {@link org.taawun.identity.ActsFor} on the managers' product paths. */
@Component
public class ProductOwnership implements CooperativeOwnership {

    private final ProductRepository products;

    ProductOwnership(ProductRepository products) {
        this.products = products;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> cooperativeOf(UUID productId) {
        return products.findById(productId).map(Product::cooperativeId);
    }
}

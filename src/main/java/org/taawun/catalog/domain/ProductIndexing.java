package org.taawun.catalog.domain;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products' side of the search index: the search package knows the indexed entity by its name only
 * ({@link #ENTITY}), and asks here to reindex a product, since only this package reads the entity.
 */
@Component
public class ProductIndexing {

    /** The JPA entity name of products, for Hibernate Search scopes (searches, mass indexing). */
    public static final String ENTITY = "Product";

    /** The Hibernate type name of products, for the Hibernate Search mapping. */
    public static final String TYPE = Product.class.getName();

    private final EntityManager entityManager;
    private final ProductRepository products;

    ProductIndexing(EntityManager entityManager, ProductRepository products) {
        this.entityManager = entityManager;
        this.products = products;
    }

    /** Adds or updates the product in the index as the database has it now, or removes it when it is gone. */
    @Transactional(readOnly = true)
    public void reindex(UUID productId) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        products.findById(productId).ifPresentOrElse(plan::addOrUpdate, () -> plan.purge(ENTITY, productId, null));
    }
}

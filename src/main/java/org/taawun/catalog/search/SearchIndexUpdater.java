package org.taawun.catalog.search;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.taawun.catalog.ProductChanged;
import org.taawun.catalog.domain.Product;
import org.taawun.catalog.domain.ProductQueries;

/**
 * Reindexes a product from the database whenever it changed. Hibernate Search already follows changes made through
 * the entity; this catches those it cannot see, written with SQL: the labels and location that follow the
 * cooperative's certifications and region.
 */
@Component
class SearchIndexUpdater {

    private final EntityManager entityManager;
    private final ProductQueries products;
    private final ProductSearch search;

    SearchIndexUpdater(EntityManager entityManager, ProductQueries products, ProductSearch search) {
        this.entityManager = entityManager;
        this.products = products;
        this.search = search;
    }

    @ApplicationModuleListener
    void on(ProductChanged event) {
        SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
        products.find(event.productId())
                .ifPresentOrElse(plan::addOrUpdate, () -> plan.purge(Product.class, event.productId(), null));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                search.forgetResults();
            }
        });
    }
}

package org.taawun.catalog.search;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.taawun.catalog.ProductChanged;
import org.taawun.catalog.domain.ProductIndexing;

/**
 * Reindexes a product from the database whenever it changed. Hibernate Search already follows changes made through
 * the entity; this catches those it cannot see, written with SQL: the labels and location that follow the
 * cooperative's certifications and region.
 */
@Component
class SearchIndexUpdater {

    private final ProductIndexing indexing;
    private final ProductSearch search;

    SearchIndexUpdater(ProductIndexing indexing, ProductSearch search) {
        this.indexing = indexing;
        this.search = search;
    }

    @ApplicationModuleListener
    void on(ProductChanged event) {
        indexing.reindex(event.productId());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                search.forgetResults();
            }
        });
    }
}

package org.taawun.catalog.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.taawun.catalog.domain.ProductIndexing;
import org.taawun.catalog.domain.ProductQueries;

/**
 * Rebuilds the product index at startup when it is empty while the database has products: the first start with
 * search, or after the index directory was deleted (do that after changing the mapping or the analysers). Runs after
 * the demo data loaders; Hibernate Search logs the progress.
 */
@Component
class SearchIndexBootstrap implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ProductQueries products;
    private final ProductSearch search;
    private final Path indexRoot;

    SearchIndexBootstrap(
            EntityManagerFactory entityManagerFactory,
            ProductQueries products,
            ProductSearch search,
            @Value("${taawun.search.in-memory:false}") boolean inMemory,
            @Value("${taawun.data-dir:./data}") String dataDirectory) {
        this.entityManagerFactory = entityManagerFactory;
        this.products = products;
        this.search = search;
        this.indexRoot = inMemory ? null : Path.of(dataDirectory, SearchConfiguration.INDEX_DIRECTORY);
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        removeOldIndexes();
        long stored = products.count();
        if (stored == 0 || indexed() > 0) {
            return;
        }
        log.info("Product search index is empty, the database has {} products: rebuilding it", stored);
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory)
                .scope(Object.class, ProductIndexing.ENTITY)
                .massIndexer()
                .threadsToLoadObjects(2)
                // One segment at the end: facet counts over many segments cost several times more.
                .mergeSegmentsOnFinish(true)
                .startAndWait();
        search.forgetResults();
        log.info("Product search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Deletes the indexes that earlier numbers of {@link ProductFields#INDEX} left in the data directory. */
    void removeOldIndexes() {
        if (indexRoot == null || !Files.isDirectory(indexRoot)) {
            return;
        }
        String family = ProductFields.INDEX.substring(0, ProductFields.INDEX.indexOf('-'));
        try (Stream<Path> indexes = Files.list(indexRoot)) {
            for (Path old : indexes.filter(dir -> {
                        String name = dir.getFileName().toString();
                        return (name.equals(family) || name.startsWith(family + "-"))
                                && !name.equals(ProductFields.INDEX);
                    })
                    .toList()) {
                FileSystemUtils.deleteRecursively(old);
                log.info("Deleted the search index {} (the index is now {})", old, ProductFields.INDEX);
            }
        } catch (IOException e) {
            log.warn("Could not delete old search indexes under {}", indexRoot, e);
        }
    }

    long indexed() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            var session = Search.session(entityManager);
            return session.search(session.scope(Object.class, ProductIndexing.ENTITY))
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package org.taawun.catalog.search;

import org.hibernate.search.backend.lucene.cfg.LuceneBackendSettings;
import org.hibernate.search.backend.lucene.cfg.LuceneIndexSettings;
import org.hibernate.search.engine.cfg.BackendSettings;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search settings owned by the catalogue: the product mapping, the analysers, and where the index lives:
 * under {@code ${taawun.data-dir}/search-index}, or in memory with {@code taawun.search.in-memory=true} (tests, where
 * several application contexts share one JVM and one database, each context with its own index).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    static final String DIRECTORY_TYPE = BackendSettings.backendKey(LuceneIndexSettings.DIRECTORY_TYPE);
    static final String DIRECTORY_ROOT = BackendSettings.backendKey(LuceneIndexSettings.DIRECTORY_ROOT);
    static final String LUCENE_VERSION = BackendSettings.backendKey(LuceneBackendSettings.LUCENE_VERSION);
    static final String ANALYSIS_CONFIGURER = BackendSettings.backendKey(LuceneBackendSettings.ANALYSIS_CONFIGURER);
    /** Under the data directory: one folder per index. */
    static final String INDEX_DIRECTORY = "search-index";

    @Bean
    HibernatePropertiesCustomizer searchProperties(
            @Value("${taawun.search.in-memory:false}") boolean inMemory,
            @Value("${taawun.data-dir:./data}") String dataDirectory) {
        return properties -> {
            properties.put(HibernateOrmMapperSettings.MAPPING_CONFIGURER, new ProductSearchMapping());
            properties.put(ANALYSIS_CONFIGURER, new TaawunAnalysisConfigurer());
            // The analysers are built here, not from Lucene's defaults for a version.
            properties.putIfAbsent(LUCENE_VERSION, "LATEST");
            if (inMemory) {
                properties.put(DIRECTORY_TYPE, "local-heap");
            } else {
                properties.put(DIRECTORY_TYPE, "local-filesystem");
                properties.putIfAbsent(DIRECTORY_ROOT, dataDirectory + "/" + INDEX_DIRECTORY);
            }
        };
    }
}

package org.taawun.catalog.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.taawun.catalog.search.SearchAnalyzers.Language;

/**
 * Registers the analysers of {@link SearchAnalyzers} with the Lucene backend: {@code arabic}, {@code french},
 * {@code english} and {@code latin} for indexing, and the same names with {@code _query} (synonyms added) for queries.
 * They are built as Lucene instances rather than from factory names because each synonym list must be parsed by the
 * very chain it follows (Arabic normalisation and stemming included), which the synonym filter factory cannot do.
 */
public class TaawunAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (Language language : Language.values()) {
            context.analyzer(language.analyzer()).instance(SearchAnalyzers.index(language));
            context.analyzer(language.queryAnalyzer()).instance(SearchAnalyzers.query(language));
        }
    }
}

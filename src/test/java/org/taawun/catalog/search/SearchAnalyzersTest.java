package org.taawun.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taawun.catalog.search.SearchAnalyzers.Language;

/** The analysers alone: normalisation, stemming, Arabizi and synonyms, without an index. */
class SearchAnalyzersTest {

    @ParameterizedTest
    @CsvSource({
        "ARABIC, اَمْلو, املو",
        "ARABIC, أملو, املو",
        "ARABIC, الأركان, ارك",
        "ARABIC, ارگان, ارك",
        "ARABIC, زيتون, زيت",
        "ARABIC, مـكـنـاس, مكناس",
        "ARABIC, ٣٠٠, 300",
        "FRENCH, huile d'argane, huil argan",
        "FRENCH, l’huile, huil",
        "FRENCH, Crème brûlée, crem brul",
        "ENGLISH, women's oils, women oil",
        "LATIN, 3sel, asel",
        "LATIN, m3a l7lib, maa lhlib",
        "LATIN, 9rib, qrib",
        "LATIN, 5kg 25cl, 5kg 25cl",
        "LATIN, Zit l'Argan, zit argan"
    })
    void normalisesAndStems(Language language, String text, String expected) {
        assertThat(String.join(" ", SearchAnalyzers.terms(SearchAnalyzers.index(language), text)))
                .isEqualTo(expected);
    }

    @Test
    void queryAnalysersAddSynonymsAcrossLanguagesAndScripts() {
        for (Language language : Language.values()) {
            Analyzer query = SearchAnalyzers.query(language);
            Analyzer index = SearchAnalyzers.index(language);
            assertThat(SearchAnalyzers.terms(query, "3sel"))
                    .as(language.name())
                    .containsAll(SearchAnalyzers.terms(index, "miel"))
                    .containsAll(SearchAnalyzers.terms(index, "عسل"));
            assertThat(SearchAnalyzers.terms(query, "زربية"))
                    .as(language.name())
                    .containsAll(SearchAnalyzers.terms(index, "tapis"));
            assertThat(SearchAnalyzers.terms(query, "argan"))
                    .as(language.name())
                    .containsAll(SearchAnalyzers.terms(index, "أركان"));
        }
    }

    @Test
    void indexAnalysersHaveNoSynonyms() {
        assertThat(SearchAnalyzers.terms(SearchAnalyzers.index(Language.FRENCH), "miel"))
                .containsExactly("miel");
    }

    @Test
    void misspeltWordsAreReadAsTheClosestKnownWord() {
        SynonymVocabulary vocabulary = new SynonymVocabulary();
        assertThat(vocabulary.closest("pomegranat", ProductSearch::allowedEdits))
                .containsExactly("pomegranate");
        assertThat(vocabulary.closest("Couscouss", ProductSearch::allowedEdits)).startsWith("couscous");
        assertThat(vocabulary.closest("couscous", ProductSearch::allowedEdits)).isEmpty();
        assertThat(vocabulary.closest("argn", ProductSearch::allowedEdits)).isEmpty();
        assertThat(vocabulary.closest("argn", ProductSearch::suggestionEdits)).contains("argan");
        assertThat(vocabulary.isKnown("AMLOU")).isTrue();
        assertThat(SynonymVocabulary.editDistance("argan", "agran", 2)).isEqualTo(1);
    }

    @Test
    void typosAllowedGrowWithTheWord() {
        assertThat(ProductSearch.allowedEdits(4)).isZero();
        assertThat(ProductSearch.allowedEdits(5)).isEqualTo(1);
        assertThat(ProductSearch.allowedEdits(7)).isEqualTo(1);
        assertThat(ProductSearch.allowedEdits(8)).isEqualTo(2);
        assertThat(ProductSearch.words("zit l'argan, huile-d’olive"))
                .containsExactly("zit", "l'argan", "huile", "d’olive");
    }
}

package org.taawun.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.Category;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.search.SearchQuery.Sort;
import org.taawun.shared.demo.DemoIds;

/**
 * Two words that every field reads as the same terms ("amande" and "louz", synonyms) are searched as one word weighed
 * twice once they are common: the same products in the same order as either word alone. Keeps to its own price band
 * (9200–9299) and to almonds, which the other search tests do not look for.
 */
@TaawunTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynonymousWordsSearchTest {

    static final BigDecimal BAND_MIN = new BigDecimal("9200");
    static final BigDecimal BAND_MAX = new BigDecimal("9299.999");

    @Autowired
    ProductSearch search;

    @Autowired
    ProductService products;

    @Autowired
    Fixtures fixtures;

    @BeforeAll
    void createCommonAlmondProducts() {
        for (int i = 0; i < ProductSearch.COMMON_WORD + 2; i++) {
            String description = "Amande douce. ".repeat(1 + i % 4) + "Pressée à froid, lot " + i + ".";
            ProductDetails details = new ProductDetails(
                    null,
                    i % 2 == 0 ? "Huile d'amande douce " + i : "Savon au lait " + i,
                    null,
                    null,
                    description,
                    null,
                    Category.COSMETICS,
                    null,
                    List.of(new ProductDetails.VariantDetails(
                            null, null, new BigDecimal("9200").add(BigDecimal.valueOf(i)), 5)));
            fixtures.asUser("manager1@taawun.test", () -> products.create(DemoIds.COOP_ARGAN, details, true));
        }
    }

    @Test
    void synonymousWordsFindWhatEitherFindsInTheSameOrder() {
        SearchResult one = search.search(inBand("amande"));
        assertThat(one.total()).isEqualTo(ProductSearch.COMMON_WORD + 2);
        for (String text : List.of("amande louz", "almond amande", "لوز amande", "huile d'amande amande")) {
            SearchResult both = search.search(inBand(text));
            assertThat(both.total()).as(text).isEqualTo(one.total());
        }
        assertThat(search.search(inBand("amande louz")).productIds()).containsExactlyElementsOf(one.productIds());
        assertThat(search.search(inBand("almond amande")).productIds()).containsExactlyElementsOf(one.productIds());
        // names weigh more: the oils (named after the almond) come before the soaps
        assertThat(search.search(inBand("amande louz")).productIds().subList(0, 10))
                .allSatisfy(
                        id -> assertThat(one.productIds().indexOf(id)).isLessThan(ProductSearch.COMMON_WORD / 2 + 1));
    }

    @Test
    void knowsWhichWordsMeanTheSame() {
        assertThat(ProductSearch.sameMeaning("huile", "olive", List.of())).isTrue();
        assertThat(ProductSearch.sameMeaning("miel", "عسل", List.of())).isTrue();
        assertThat(ProductSearch.sameMeaning("amande", "louz", List.of())).isTrue();
        assertThat(ProductSearch.sameMeaning("huile", "argan", List.of())).isFalse();
        assertThat(ProductSearch.sameMeaning("tapis", "berbère", List.of())).isFalse();
        // a rare word is also searched with typos, which differ from word to word
        assertThat(ProductSearch.sameMeaning("huile", "olive", List.of("olive")))
                .isFalse();
    }

    private static SearchQuery inBand(String text) {
        return new SearchQuery(text, null, null, null, null, BAND_MIN, BAND_MAX, null, Sort.RELEVANCE, 0, 100);
    }
}

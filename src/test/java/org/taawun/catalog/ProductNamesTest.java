package org.taawun.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.ProductView;
import org.taawun.shared.demo.DemoIds;

/**
 * Products are named in the page's language wherever the catalogue shows them, falling back only when the manager
 * wrote no name in it; the facade gives other modules the name in every language by the same rule.
 */
@TaawunTest
class ProductNamesTest {

    private static final String MANAGER = "manager1@taawun.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductService products;

    @Autowired
    Catalog catalog;

    @Test
    void theProductPageCardsAndStorefrontNameItInThePagesLanguage() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ProductView product = create("أملو باللوز " + suffix, "Amlou aux amandes " + suffix, null, "250 g");
        Document arabic = page("/p/" + product.id(), "ar");
        assertThat(arabic.selectFirst("main h1").text()).isEqualTo("أملو باللوز " + suffix);
        Document french = page("/p/" + product.id(), "fr");
        assertThat(french.selectFirst("main h1").text()).isEqualTo("Amlou aux amandes " + suffix);
        Document english = page("/p/" + product.id(), "en");
        assertThat(english.selectFirst("main h1").text())
                .as("no English name: the first one written")
                .isEqualTo("أملو باللوز " + suffix);

        Document storefront = page("/c/tiwizi-argan", "ar");
        assertThat(storefront.select("a.product strong").eachText()).contains("أملو باللوز " + suffix);
        assertThat(storefront.select("a.product strong").eachText()).doesNotContain("Amlou aux amandes " + suffix);
        Document manage =
                Jsoup.parse(mvc.perform(get("/manage/cooperatives/{id}/products", DemoIds.COOP_ARGAN)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(fixtures.user(MANAGER)))
                                .param("lang", "fr"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(manage.select("a.product strong").eachText()).contains("Amlou aux amandes " + suffix);
    }

    @Test
    void aProductNamedOnlyInFrenchIsNamedSoOnArabicPages() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ProductView product = create(null, "Tajine " + suffix, null, null);
        assertThat(page("/p/" + product.id(), "ar").selectFirst("main h1").text())
                .isEqualTo("Tajine " + suffix);
    }

    @Test
    void theFacadeNamesASellableItemInEveryLanguageWithTheSameFallback() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ProductView product = create("زيت أركان " + suffix, null, "Argan oil " + suffix, "250 ml");
        SellableItem item = catalog.sellable(product.variants().get(0).id()).orElseThrow();
        assertThat(item.names())
                .containsEntry("ar", "زيت أركان " + suffix + " — 250 ml")
                .containsEntry("fr", "زيت أركان " + suffix + " — 250 ml")
                .containsEntry("en", "Argan oil " + suffix + " — 250 ml")
                .containsOnlyKeys("ar", "fr", "en");
        assertThat(catalog.sellables(List.of(item.id())).get(0).names()).isEqualTo(item.names());
    }

    private ProductView create(String nameAr, String nameFr, String nameEn, String label) {
        return fixtures.asUser(
                MANAGER,
                () -> products.create(
                        DemoIds.COOP_ARGAN,
                        new ProductDetails(
                                nameAr,
                                nameFr,
                                nameEn,
                                null,
                                null,
                                null,
                                Category.POTTERY,
                                null,
                                List.of(new ProductDetails.VariantDetails(label, null, new BigDecimal("63.00"), 4))),
                        true));
    }

    private Document page(String path, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}

package org.taawun.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
 * Products and their variants' labels are named in the page's language wherever the catalogue shows them, falling
 * back only when the manager wrote none in it; the facade gives other modules the name in every language by the same
 * rule.
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

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
        ProductView product = create(null, "Tajine " + suffix, null, (String) null);
        assertThat(page("/p/" + product.id(), "ar").selectFirst("main h1").text())
                .isEqualTo("Tajine " + suffix);
    }

    @Test
    void theFacadeNamesASellableItemInEveryLanguageWithTheSameFallback() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ProductView product = create("زيت أركان " + suffix, null, "Argan oil " + suffix, "250 ml");
        SellableItem item = catalog.sellable(product.variants().get(0).id()).orElseThrow();
        assertThat(item.names())
                .as("a measure written in French only is shown with each language's unit")
                .containsEntry("ar", "زيت أركان " + suffix + " — 250 مل")
                .containsEntry("fr", "زيت أركان " + suffix + " — 250 ml")
                .containsEntry("en", "Argan oil " + suffix + " — 250 ml")
                .containsOnlyKeys("ar", "fr", "en");
        assertThat(catalog.sellables(List.of(item.id())).get(0).names()).isEqualTo(item.names());
    }

    @Test
    void theVariantsLabelIsShownInThePagesLanguageFallingBackOnlyWhenNoneIsWritten() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ProductView product = create(
                "جرة " + suffix,
                "Pot " + suffix,
                null,
                List.of(
                        ProductDetails.VariantDetails.of(
                                new VariantLabel("جرة 500 غ", "Pot de 500 g", null), null, new BigDecimal("70.00"), 4),
                        ProductDetails.VariantDetails.of(
                                new VariantLabel(null, "Taille M", null), null, new BigDecimal("90.00"), 4)));
        assertThat(page("/p/" + product.id(), "ar").select("bdi.variant").eachText())
                .containsExactly("جرة 500 غ", "Taille M");
        assertThat(page("/p/" + product.id(), "fr").select("bdi.variant").eachText())
                .containsExactly("Pot de 500 g", "Taille M");
        assertThat(page("/p/" + product.id(), "en").select("bdi.variant").eachText())
                .as("no English label: the first one written")
                .containsExactly("جرة 500 غ", "Taille M");

        SellableItem pot = catalog.sellable(product.variants().get(0).id()).orElseThrow();
        assertThat(pot.name("ar")).isEqualTo("جرة " + suffix + " — جرة 500 غ");
        assertThat(pot.name("fr")).isEqualTo("Pot " + suffix + " — Pot de 500 g");
        assertThat(catalog.shelfItems(List.of(pot.id())).get(0).name("fr")).isEqualTo(pot.name("fr"));
    }

    @Test
    void theApiGivesTheLabelInTheReadersLanguageAndEveryLabelWritten() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ProductView product = create(
                "زيت " + suffix,
                "Huile " + suffix,
                null,
                List.of(ProductDetails.VariantDetails.of(
                        new VariantLabel("1 لتر", "1 litre", null), null, new BigDecimal("70.00"), 4)));
        mvc.perform(get("/api/v1/products/{id}", product.id()).header("Accept-Language", "ar"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.variants[0].label").value("1 لتر"))
                .andExpect(jsonPath("$.variants[0].labels.ar").value("1 لتر"))
                .andExpect(jsonPath("$.variants[0].labels.fr").value("1 litre"));
        mvc.perform(get("/api/v1/products/{id}", product.id()).header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.variants[0].label").value("1 litre"));
    }

    @Test
    void theManagersFormSavesTheLabelInEachLanguageAndShowsThemBack() throws Exception {
        String name = "Jarre " + UUID.randomUUID();
        String location = mvc.perform(post("/manage/cooperatives/{id}/products/new", DemoIds.COOP_ARGAN)
                        .with(csrf())
                        .with(user(fixtures.user(MANAGER)))
                        .param("lang", "ar")
                        .param("nameFr", name)
                        .param("category", "POTTERY")
                        .param("variants[0].labelAr", "جرة 500 غ")
                        .param("variants[0].labelFr", "Jarre de 500 g")
                        .param("variants[0].labelEn", "500 g jar")
                        .param("variants[0].price", "70")
                        .param("variants[0].stock", "3"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID id = UUID.fromString(location.replaceAll(".*/manage/products/", "").replaceAll("[?#].*", ""));
        ProductView saved = fixtures.asUser(MANAGER, () -> products.forManager(id));
        assertThat(saved.variants().get(0).label())
                .isEqualTo(new VariantLabel("جرة 500 غ", "Jarre de 500 g", "500 g jar"));

        Document form = Jsoup.parse(mvc.perform(get("/manage/products/{id}", id)
                        .with(user(fixtures.user(MANAGER)))
                        .param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("input[name='variants[0].labelAr']").val()).isEqualTo("جرة 500 غ");
        assertThat(form.select("input[name='variants[0].labelFr']").val()).isEqualTo("Jarre de 500 g");
        assertThat(form.select("input[name='variants[0].labelEn']").val()).isEqualTo("500 g jar");
        assertThat(form.select("input[name^='variants[0].label']").eachAttr("lang"))
                .as("Arabic first")
                .containsExactly("ar", "fr", "en");
    }

    @Test
    void aTooLongLabelIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        String name = "Bol " + UUID.randomUUID();
        Document page = Jsoup.parse(mvc.perform(post("/manage/cooperatives/{id}/products/new", DemoIds.COOP_ARGAN)
                        .with(csrf())
                        .with(user(fixtures.user(MANAGER)))
                        .param("lang", "fr")
                        .param("nameFr", name)
                        .param("category", "POTTERY")
                        .param("variants[0].labelFr", "x".repeat(41))
                        .param("variants[0].price", "70")
                        .param("variants[0].stock", "3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#variants0-labelFr-error").text()).isNotBlank();
        assertThat(page.select("input[name='variants[0].labelFr']").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from catalog.products where name_fr = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSingleLabelIsKeptInTheLanguageOfItsScript() {
        assertThat(VariantLabel.written("جرة 500 غ")).isEqualTo(new VariantLabel("جرة 500 غ", null, null));
        assertThat(VariantLabel.written(" Pot de 500 g ")).isEqualTo(new VariantLabel(null, "Pot de 500 g", null));
        assertThat(VariantLabel.written("  ").isEmpty()).isTrue();
        assertThat(new VariantLabel("1 كغ", null, null).in("fr")).isEqualTo("1 kg");
        assertThat(new VariantLabel(null, "75 cl", null).in("ar")).isEqualTo("75 سل");
        assertThat(new VariantLabel(null, "petite", null).in("ar")).isEqualTo("petite");
        assertThat(VariantLabel.NONE.in("ar")).isNull();
    }

    private ProductView create(String nameAr, String nameFr, String nameEn, String label) {
        return create(
                nameAr,
                nameFr,
                nameEn,
                List.of(new ProductDetails.VariantDetails(label, null, new BigDecimal("63.00"), 4)));
    }

    private ProductView create(
            String nameAr, String nameFr, String nameEn, List<ProductDetails.VariantDetails> variants) {
        return fixtures.asUser(
                MANAGER,
                () -> products.create(
                        DemoIds.COOP_ARGAN,
                        new ProductDetails(nameAr, nameFr, nameEn, null, null, null, Category.POTTERY, null, variants),
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

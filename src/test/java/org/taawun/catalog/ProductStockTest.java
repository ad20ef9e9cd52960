package org.taawun.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.catalog.domain.ProductView;
import org.taawun.ordering.OrderFixtures;
import org.taawun.ordering.domain.OrderPlacement;
import org.taawun.shared.demo.DemoIds;

/**
 * The stock of an item at every location, in the public API ({@code GET /api/v1/products/{id}/stock}: a variant's own,
 * or a product's summed per location with each variant's) and on its product page (the shops where it can be
 * collected, with their counts, in the page's language, values isolated).
 */
@TaawunTest
class ProductStockTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures orders;

    @Autowired
    ProductService products;

    @Autowired
    OrderPlacement placement;

    @Autowired
    JdbcClient jdbc;

    UUID shop;
    String shopName;
    ProductView jar;
    UUID small;
    UUID large;

    @BeforeEach
    void aProductInTwoSizesPartlyOnAShopsShelf() {
        shop = fixtures.shop();
        shopName = jdbc.sql("select name_fr from shop.shops where id = ?")
                .param(shop)
                .query(String.class)
                .single();
        jar = fixtures.asUser(
                "manager1@taawun.test",
                () -> products.create(
                        DemoIds.COOP_ARGAN,
                        new ProductDetails(
                                null,
                                "Jarre " + UUID.randomUUID(),
                                null,
                                null,
                                null,
                                null,
                                Category.POTTERY,
                                null,
                                List.of(
                                        new ProductDetails.VariantDetails("1 l", null, new BigDecimal("40.00"), 8),
                                        new ProductDetails.VariantDetails("2 l", null, new BigDecimal("70.00"), 4))),
                        true));
        small = jar.variants().get(0).id();
        large = jar.variants().get(1).id();
        orders.atShop(small, DemoIds.COOP_ARGAN, shop, 3);
    }

    @Test
    void aVariantsStockAtEveryLocation() throws Exception {
        orders.atShop(large, DemoIds.COOP_ARGAN, shop, 2);
        placement.place(OrderFixtures.pickup(large, 1, shop), null, null);

        mvc.perform(get("/api/v1/products/{id}/stock", large))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.productId").value(large.toString()))
                .andExpect(jsonPath("$.locations.length()").value(2))
                .andExpect(jsonPath("$.locations[0].locationId").value(DemoIds.COOP_ARGAN.toString()))
                .andExpect(jsonPath("$.locations[0].kind").value("COOPERATIVE"))
                .andExpect(jsonPath("$.locations[0].available").value(2))
                .andExpect(jsonPath("$.locations[0].reserved").value(0))
                .andExpect(jsonPath("$.locations[1].locationId").value(shop.toString()))
                .andExpect(jsonPath("$.locations[1].kind").value("SHOP"))
                .andExpect(jsonPath("$.locations[1].available").value(1))
                .andExpect(jsonPath("$.locations[1].reserved").value(1))
                .andExpect(jsonPath("$.variants").doesNotExist());
    }

    @Test
    void aProductsStockSumsItsVariantsPerLocation() throws Exception {
        mvc.perform(get("/api/v1/products/{id}/stock", jar.id()).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.productId").value(jar.id().toString()))
                .andExpect(jsonPath("$.locations[0].kind").value("COOPERATIVE"))
                .andExpect(jsonPath("$.locations[0].available").value(9))
                .andExpect(jsonPath("$.locations[1].locationId").value(shop.toString()))
                .andExpect(jsonPath("$.locations[1].available").value(3))
                .andExpect(jsonPath("$.variants.length()").value(2))
                .andExpect(jsonPath("$.variants[0].productId").value(small.toString()))
                .andExpect(jsonPath("$.variants[0].locations[1].available").value(3))
                .andExpect(jsonPath("$.variants[0].label").value("1 l")) // in the reader's language
                .andExpect(jsonPath("$.variants[1].productId").value(large.toString()))
                .andExpect(jsonPath("$.variants[1].locations.length()").value(1))
                .andExpect(jsonPath("$.variants[1].locations[0].available").value(4));
    }

    @Test
    void anUnknownOrUnpublishedIdIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/products/{id}/stock", UUID.randomUUID()).header("Accept-Language", "fr"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("product-not-found"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        fixtures.asUser("manager1@taawun.test", () -> {
            products.unpublish(jar.id());
            return null;
        });
        mvc.perform(get("/api/v1/products/{id}/stock", large)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/products/{id}/stock", jar.id())).andExpect(status().isNotFound());
    }

    @Test
    void theProductPageShowsTheShopsCountInItsLanguage() throws Exception {
        String ar = page("ar");
        assertThat(ar).contains("متوفر في <bdi>متجر الاختبار</bdi>: <bdi>3</bdi>");
        String fr = page("fr");
        assertThat(fr).contains("disponible à <bdi>" + shopName + "</bdi> : <bdi>3</bdi>");
        assertThat(fr).contains("<bdi class=\"variant\">1 l</bdi>");

        placement.place(OrderFixtures.pickup(small, 3, shop), null, null);
        assertThat(page("fr")).doesNotContain(shopName);
    }

    private String page(String lang) throws Exception {
        return mvc.perform(get("/p/{id}", jar.id()).param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

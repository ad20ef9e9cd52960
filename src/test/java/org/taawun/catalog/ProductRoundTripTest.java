package org.taawun.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.domain.ProductDetails;
import org.taawun.catalog.domain.ProductService;
import org.taawun.shared.demo.DemoIds;

/**
 * A product read from the API can be sent back as its update: money in reads and writes has one shape
 * ({@code {"amount","currency"}}), plain numbers are still taken from earlier clients, and money in another currency
 * than the cooperative's is refused.
 */
@TaawunTest
class ProductRoundTripTest {

    static final String MANAGER = "manager1@taawun.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProductService products;

    UUID id;

    @BeforeEach
    void aProductWithTwoVariants() {
        id = fixtures.asUser(
                MANAGER,
                () -> products.create(
                                DemoIds.COOP_ARGAN,
                                new ProductDetails(
                                        "جرة " + UUID.randomUUID(),
                                        "Jarre",
                                        null,
                                        "جرة من الطين",
                                        "Jarre en terre cuite",
                                        null,
                                        Category.POTTERY,
                                        1200,
                                        List.of(
                                                new ProductDetails.VariantDetails(
                                                        "Petite", "JAR-S", new BigDecimal("45.00"), 5),
                                                new ProductDetails.VariantDetails(
                                                        "Grande", "JAR-L", new BigDecimal("60.50"), 7))),
                                true)
                        .id());
    }

    @Test
    void aProductReadIsSentBackUnchangedAndNothingChanges() throws Exception {
        String read = read();
        assertThat(read).contains("\"price\":{\"amount\":\"60.50\",\"currency\":\"MAD\"}");

        update(read).andExpect(status().isOk());

        assertThat(read()).isEqualTo(read);
    }

    @Test
    void variantPricesMayBeMoneyOrThePlainNumbersOfEarlierClients() throws Exception {
        String body = read().replace(
                        "\"price\":{\"amount\":\"45.00\",\"currency\":\"MAD\"}",
                        "\"price\":{\"amount\":\"48.50\",\"currency\":\"MAD\"}")
                .replace("\"price\":{\"amount\":\"60.50\",\"currency\":\"MAD\"}", "\"price\":61");

        update(body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.variants[0].price.amount").value("48.50"))
                .andExpect(jsonPath("$.variants[1].price.amount").value("61.00"))
                .andExpect(jsonPath("$.variants[1].price.currency").value("MAD"))
                .andExpect(jsonPath("$.variants[1].stock").value(7));
    }

    @Test
    void aPriceInAnotherCurrencyIsRefusedAndChangesNothing() throws Exception {
        String read = read();
        String body = read.replace(
                "\"price\":{\"amount\":\"60.50\",\"currency\":\"MAD\"}",
                "\"price\":{\"amount\":\"6.00\",\"currency\":\"EUR\"}");

        update(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("variants[1].price"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This cooperative’s prices are in MAD: give the price in that currency."));

        assertThat(read()).isEqualTo(read);
    }

    @Test
    void aNewProductMayBeGivenMoneyPrices() throws Exception {
        String body = """
                {"cooperativeId":"%s","publish":false,"details":{"nameFr":"Bol","category":"POTTERY",
                 "variants":[{"price":{"amount":"12.00","currency":"MAD"},"stock":2},{"price":13.5,"stock":1}]}}
                """.formatted(DemoIds.COOP_ARGAN);
        mvc.perform(post("/api/v1/products")
                        .with(user(fixtures.user(MANAGER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.variants[0].price.amount").value("12.00"))
                .andExpect(jsonPath("$.variants[1].price.amount").value("13.50"))
                .andExpect(jsonPath("$.variants[0].stock").value(2));
    }

    @Test
    void visitorsSeeWhatIsAvailableNotTheStockAtTheCooperative() throws Exception {
        mvc.perform(get("/api/v1/products/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.variants[0].available").value(5))
                .andExpect(jsonPath("$.variants[0].stock").doesNotExist());
    }

    @Test
    void theOpenApiDocumentNamesTheBodiesOfProductWrites() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/products/{id}'].put.requestBody.content['application/json']"
                                + ".schema['$ref']")
                        .value(org.hamcrest.Matchers.endsWith("/ProductDetails")))
                .andExpect(jsonPath("$.paths['/api/v1/products'].post.requestBody.content['application/json']"
                                + ".schema['$ref']")
                        .value(org.hamcrest.Matchers.endsWith("/NewProduct")));
    }

    private String read() throws Exception {
        return mvc.perform(get("/api/v1/products/{id}", id)
                        .with(user(fixtures.user(MANAGER)))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private ResultActions update(String body) throws Exception {
        return mvc.perform(put("/api/v1/products/{id}", id)
                .with(user(fixtures.user(MANAGER)))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}

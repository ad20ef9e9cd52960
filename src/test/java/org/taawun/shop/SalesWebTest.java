package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The till's sales over HTTP: the API and its page JSON twin record a sale once (201, then 200 with the stored
 * answer; another body 409), whatever the spelling of amounts; a sale found by its receipt number for a return; the
 * printable receipt in Arabic and French and its PDF; the manager's stock exceptions.
 */
@TaawunTest
class SalesWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TillFixtures till;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    UUID shop;
    TaawunUser manager;
    TaawunUser cashier;
    UUID oil;
    Instant soldAt;

    @BeforeEach
    void aShopWithOilAndAnOpenSession() {
        shop = fixtures.shop();
        manager = fixtures.shopManager(shop);
        cashier = till.cashier(shop);
        till.openSession(shop, cashier.id());
        oil = till.onShelf(shop, manager, "Huile d’argan", "65.00", 4);
        soldAt = Instant.now();
    }

    @Test
    void theApiRecordsASaleOnceAndAnswersTheStoredSaleAgain() throws Exception {
        UUID id = UUID.randomUUID();
        String body = body(id, "\"unitPrice\":\"65\"", "{\"amount\":\"150.00\",\"currency\":\"MAD\"}", false);
        MockHttpServletResponse first = postJson("/api/v1/shops/{s}/sales", body, cashier);
        // the same sale from the till page, its amounts spelled otherwise
        MockHttpServletResponse again =
                postJson("/shop/{s}/till/sales", body(id, "\"unitPrice\":65.00", "150", false), cashier);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(200);
        JsonNode sale = json.readTree(first.getContentAsString());
        assertThat(json.readTree(again.getContentAsString())).isEqualTo(sale);
        assertThat(sale.get("id").asString()).isEqualTo(id.toString());
        assertThat(sale.get("number").asString()).matches("R-\\d{4}-000001");
        assertThat(sale.get("total").get("amount").asString()).isEqualTo("130.00");
        assertThat(sale.get("total").get("currency").asString()).isEqualTo("MAD");
        assertThat(sale.get("change").get("amount").asString()).isEqualTo("20.00");
        assertThat(sale.get("lines").get(0).get("returnable").asInt()).isEqualTo(2);
        assertThat(sale.get("lines").get(0).get("name").asString()).startsWith("Huile d’argan");
        assertThat(sale.get("receiptUrl").asString()).isEqualTo("/shop/" + shop + "/sales/" + id + "/receipt");
        assertThat(till.stock(oil, shop)).containsExactly(2, 0);

        MockHttpServletResponse reused = mvc.perform(post("/api/v1/shops/{s}/sales", shop)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "fr")
                        .content(body(id, "\"quantity\":1,\"unitPrice\":\"65\"", "150", false)
                                .replace("\"quantity\":2,", ""))
                        .with(user(cashier)))
                .andReturn()
                .getResponse();
        assertThat(reused.getStatus()).isEqualTo(409);
        assertThat(reused.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(reused.getContentAsString());
        assertThat(problem.get("code").asString()).isEqualTo("sale-id-reused");
        assertThat(problem.get("detail").asString()).contains("identifiant");
        assertThat(till.stock(oil, shop)).containsExactly(2, 0);

        MockHttpServletResponse zero = postJson(
                "/api/v1/shops/{s}/sales",
                body(UUID.randomUUID(), "\"unitPrice\":\"65\"", "150", false)
                        .replace("\"quantity\":2", "\"quantity\":0"),
                cashier);
        assertThat(zero.getStatus()).isEqualTo(400);
        assertThat(json.readTree(zero.getContentAsString())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("lines[0].quantity");
    }

    @Test
    void aSaleIsFoundByItsReceiptNumberAndAReturnReducesWhatCanComeBack() throws Exception {
        JsonNode sale = json.readTree(
                postJson("/shop/{s}/till/sales", body(UUID.randomUUID(), "\"unitPrice\":\"65\"", "130", false), cashier)
                        .getContentAsString());
        String number = sale.get("number").asString();
        String ret = "{\"id\":\"" + UUID.randomUUID() + "\",\"saleId\":\""
                + sale.get("id").asString() + "\",\"lines\":[{\"position\":0,\"quantity\":1}]}";

        MockHttpServletResponse returned = postJson("/shop/{s}/till/returns", ret, cashier);
        assertThat(returned.getStatus()).isEqualTo(201);
        JsonNode answer = json.readTree(returned.getContentAsString());
        assertThat(answer.get("total").get("amount").asString()).isEqualTo("65.00");
        assertThat(answer.get("refunds").get(0).get("method").asString()).isEqualTo("CASH");
        assertThat(postJson("/api/v1/shops/{s}/returns", ret, cashier).getStatus())
                .isEqualTo(200);

        JsonNode found = json.readTree(
                mvc.perform(get("/shop/{s}/till/sales/{n}", shop, number).with(user(cashier)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(found.get("id").asString()).isEqualTo(sale.get("id").asString());
        assertThat(found.get("lines").get(0).get("returnable").asInt()).isEqualTo(1);
        assertThat(mvc.perform(get("/shop/{s}/till/sales/{n}", shop, "R-1999-000001")
                                .with(user(cashier)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theReceiptIsAPrintablePageInArabicAndFrenchAndAPdf() throws Exception {
        UUID id = UUID.randomUUID();
        postJson("/shop/{s}/till/sales", body(id, "\"unitPrice\":\"65\"", "200", false), cashier);
        String number = jdbc.sql("select number from shop.sales where id = ?")
                .param(id)
                .query(String.class)
                .single();

        String arabic = page("/shop/{s}/sales/{id}/receipt?lang=ar", id);
        assertThat(arabic)
                .contains("dir=\"rtl\"")
                .contains("<bdi class=\"number\">" + number + "</bdi>")
                .contains("الباقي")
                .contains("130,00");
        String french = page("/shop/{s}/sales/{id}/receipt?lang=fr", id);
        assertThat(french).contains("dir=\"ltr\"").contains("Rendu").contains("Huile d’argan");

        MockHttpServletResponse pdf = mvc.perform(
                        get("/shop/{s}/sales/{id}/receipt.pdf", shop, id).with(user(cashier)))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(number)
                    .contains("130.00 MAD")
                    .contains("Rendu")
                    .contains("70.00 MAD");
        }
    }

    @Test
    void theManagerSeesAndResolvesStockExceptions() throws Exception {
        UUID id = UUID.randomUUID();
        String offline =
                body(id, "\"quantity\":6,\"unitPrice\":\"65\"", "390", true).replace("\"quantity\":2,", "");
        assertThat(postJson("/api/v1/shops/{s}/sales", offline, cashier).getStatus())
                .isEqualTo(201);
        String number = jdbc.sql("select number from shop.sales where id = ?")
                .param(id)
                .query(String.class)
                .single();
        long exception = jdbc.sql("select id from shop.stock_exceptions where sale_id = ?")
                .param(id)
                .query(Long.class)
                .single();

        String list = mvc.perform(
                        get("/shop/{s}/stock-exceptions?lang=fr", shop).with(user(manager)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(number).contains("Huile d’argan").contains("Unités manquantes");

        MockHttpServletResponse empty = mvc.perform(
                        post("/shop/{s}/stock-exceptions/{x}/resolution?lang=fr", shop, exception)
                                .param("note", " ")
                                .with(csrf())
                                .with(user(manager)))
                .andReturn()
                .getResponse();
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(empty.getContentAsString()).contains("field-error").contains("Écrivez ce que vous avez fait");

        MockHttpServletResponse resolved = mvc.perform(
                        post("/shop/{s}/stock-exceptions/{x}/resolution", shop, exception)
                                .param("note", "Commande en ligne annulée, client prévenu")
                                .with(csrf())
                                .with(user(manager)))
                .andReturn()
                .getResponse();
        assertThat(resolved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select resolution from shop.stock_exceptions where id = ?")
                        .param(exception)
                        .query(String.class)
                        .single())
                .isEqualTo("Commande en ligne annulée, client prévenu");
        assertThat(mvc.perform(get("/shop/{s}/stock-exceptions", shop).with(user(manager)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(number);
    }

    private String page(String path, UUID id) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path, shop, id).with(user(cashier))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String body(UUID id, String lineExtra, String cash, boolean offline) {
        return "{\"id\":\"" + id + "\",\"soldAt\":\"" + soldAt + "\",\"offline\":" + offline
                + ",\"lines\":[{\"productId\":\"" + oil + "\",\"quantity\":2," + lineExtra + "}],"
                + "\"payments\":[{\"method\":\"CASH\",\"amount\":" + (cash.startsWith("{") ? cash : "\"" + cash + "\"")
                + "}]}";
    }

    private MockHttpServletResponse postJson(String path, String body, TaawunUser who) throws Exception {
        return mvc.perform(post(path, shop)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(user(who)))
                .andReturn()
                .getResponse();
    }
}

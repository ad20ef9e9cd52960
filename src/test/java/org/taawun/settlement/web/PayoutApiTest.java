package org.taawun.settlement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.settlement.domain.SaleBookings;
import org.taawun.settlement.domain.TillSale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The balance and payouts API: a shop manager pays her shop's debt once per Idempotency-Key; refusals (above the
 * balance, another currency, bad input, a reused key) change nothing; each role sees or pays only what it may, refused
 * before the body is read.
 */
@TaawunTest
class PayoutApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SaleBookings sales;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    UUID cooperative;
    TaawunUser cooperativeManager;
    UUID shop;
    TaawunUser shopManager;

    @BeforeEach
    void aSaleOfTheCooperativesGoodsAtAShop() {
        cooperative = fixtures.verifiedCooperative();
        cooperativeManager = fixtures.user(jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(cooperative)
                .query(String.class)
                .single());
        shop = fixtures.shop();
        shopManager = fixtures.shopManager(shop);
        // 2 x 60.00 - 10.00 = 110.00 at 10 %: the shop keeps 11.00, owes the cooperative 99.00
        sales.book(new TillSale(
                UUID.randomUUID(),
                shop,
                "MAD",
                Instant.now(),
                List.of(new TillSale.Line(
                        cooperative,
                        UUID.randomUUID(),
                        2,
                        new BigDecimal("60.00"),
                        new BigDecimal("10.00"),
                        new BigDecimal("10.00")))));
    }

    @Test
    void theShopManagerPaysOncePerKeyAndTheBalanceFollows() throws Exception {
        assertThat(owed(shopManager)).isEqualTo("99.00");

        MockHttpServletResponse first = pay(shopManager, "k-1", body("40.00", "MAD", "CASH", "RC-1"));
        assertThat(first.getStatus()).isEqualTo(201);
        JsonNode payout = json.readTree(first.getContentAsString());
        assertThat(payout.get("amount").get("amount").asString()).isEqualTo("40.00");
        assertThat(payout.get("shopId").asString()).isEqualTo(shop.toString());
        assertThat(payout.get("paidBy").asString()).isEqualTo(shopManager.id().toString());
        assertThat(payout.get("reference").asString()).isEqualTo("RC-1");

        MockHttpServletResponse again = pay(shopManager, "k-1", body("40.00", "MAD", "CASH", "RC-1"));
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(json.readTree(again.getContentAsString()).get("id")).isEqualTo(payout.get("id"));

        MockHttpServletResponse reused = pay(shopManager, "k-1", body("41.00", "MAD", "CASH", "RC-1"));
        assertThat(reused.getStatus()).isEqualTo(409);
        assertThat(code(reused)).isEqualTo("idempotency-key-reused");

        assertThat(owed(shopManager)).isEqualTo("59.00");
        assertThat(owed(cooperativeManager)).isEqualTo("59.00");
        assertThat(payouts()).isEqualTo(1);
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        MockHttpServletResponse above = pay(shopManager, "a-1", body("99.01", "MAD", "BANK_TRANSFER", "T-1"));
        assertThat(above.getStatus()).isEqualTo(422);
        assertThat(code(above)).isEqualTo("payout-above-balance");

        MockHttpServletResponse tnd = pay(shopManager, "a-2", body("5.000", "TND", "CASH", "T-2"));
        assertThat(tnd.getStatus()).isEqualTo(422);
        assertThat(code(tnd)).isEqualTo("payout-currency");

        assertThat(pay(shopManager, "a-3", body("1.005", "MAD", "CASH", "T-3")).getStatus())
                .as("finer than the currency")
                .isEqualTo(400);
        assertThat(pay(shopManager, "a-4", body("-1.00", "MAD", "CASH", "T-4")).getStatus())
                .isEqualTo(400);
        assertThat(pay(shopManager, "a-5", body("1.00", "MAD", "CHEQUE", "T-5")).getStatus())
                .isEqualTo(400);
        assertThat(pay(shopManager, "a-6", body("1.00", "MAD", "CASH", " ")).getStatus())
                .isEqualTo(400);
        assertThat(pay(shopManager, null, body("1.00", "MAD", "CASH", "T-7")).getStatus())
                .as("no Idempotency-Key")
                .isEqualTo(400);
        MockHttpServletResponse french = mvc.perform(payRequest(shopManager, "a-8", body("500.00", "MAD", "CASH", "X"))
                        .header("Accept-Language", "fr"))
                .andReturn()
                .getResponse();
        assertThat(json.readTree(french.getContentAsString()).get("detail").asString())
                .isEqualTo("Le montant dépasse ce qui est dû à la coopérative.");

        // a refused key is not used up: the same key with a good body goes through
        assertThat(pay(shopManager, "a-1", body("99.00", "MAD", "BANK_TRANSFER", "T-1"))
                        .getStatus())
                .isEqualTo(201);
        assertThat(owed(shopManager)).isEqualTo("0.00");
        assertThat(payouts()).isEqualTo(1);
    }

    @Test
    void eachRoleSeesAndPaysOnlyWhatItMay() throws Exception {
        TaawunUser admin = fixtures.user("admin@taawun.test");
        TaawunUser otherShopManager = fixtures.shopManager(fixtures.shop());
        TaawunUser cashier = fixtures.staff(Role.CASHIER);
        TaawunUser otherCooperativeManager = fixtures.user("manager1@taawun.test");

        assertThat(balance(cooperativeManager).getStatus()).isEqualTo(200);
        assertThat(balance(shopManager).getStatus()).isEqualTo(200);
        assertThat(balance(admin).getStatus()).isEqualTo(200);
        for (TaawunUser refused : List.of(otherShopManager, cashier, otherCooperativeManager)) {
            assertThat(balance(refused).getStatus()).as(refused.getUsername()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/api/v1/cooperatives/{id}/balance", cooperative))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(401, 403);

        // refused before the body is read: even an unreadable body gets 403
        for (TaawunUser refused : List.of(cooperativeManager, otherShopManager, cashier, otherCooperativeManager)) {
            assertThat(pay(refused, "r-1", "{not json").getStatus())
                    .as(refused.getUsername())
                    .isEqualTo(403);
        }
        assertThat(payouts()).isZero();

        // the administrator pays the shop's debt by naming the shop
        String named = "{\"amount\":{\"amount\":\"9.00\",\"currency\":\"MAD\"},\"method\":\"MOBILE_MONEY\","
                + "\"reference\":\"M-1\",\"shopId\":\"" + shop + "\"}";
        assertThat(pay(admin, "adm-1", named).getStatus()).isEqualTo(201);
        // a platform payout: the platform owes her nothing
        assertThat(code(pay(admin, "adm-2", body("1.00", "MAD", "BANK_TRANSFER", "B-1"))))
                .isEqualTo("payout-above-balance");
        assertThat(owed(admin)).isEqualTo("90.00");
    }

    @Test
    void theBalanceNamesEachHolder() throws Exception {
        JsonNode balance = json.readTree(balance(cooperativeManager).getContentAsString());
        assertThat(balance.get("owed").get("amount").asString()).isEqualTo("99.00");
        assertThat(balance.get("owed").get("currency").asString()).isEqualTo("MAD");
        JsonNode mad = balance.get("currencies").get(0);
        assertThat(mad.get("currency").asString()).isEqualTo("MAD");
        assertThat(mad.get("holders").get(0).get("shopId").asString()).isEqualTo(shop.toString());
    }

    private String owed(TaawunUser who) throws Exception {
        MockHttpServletResponse response = balance(who);
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString())
                .get("owed")
                .get("amount")
                .asString();
    }

    private MockHttpServletResponse balance(TaawunUser who) throws Exception {
        return mvc.perform(get("/api/v1/cooperatives/{id}/balance", cooperative).with(user(who)))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse pay(TaawunUser who, String key, String body) throws Exception {
        return mvc.perform(payRequest(who, key, body)).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder payRequest(TaawunUser who, String key, String body) {
        MockHttpServletRequestBuilder request = post("/api/v1/cooperatives/{id}/payouts", cooperative)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(user(who));
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    private static String body(String amount, String currency, String method, String reference) {
        return "{\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"},\"method\":\"" + method
                + "\",\"reference\":\"" + reference + "\"}";
    }

    private String code(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString()).get("code").asString();
    }

    private int payouts() {
        return jdbc.sql("select count(*) from settlement.payouts where cooperative_id = ?")
                .param(cooperative)
                .query(Integer.class)
                .single();
    }
}

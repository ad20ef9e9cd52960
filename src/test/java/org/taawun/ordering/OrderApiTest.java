package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.ordering.domain.IdempotencyKeys;
import org.taawun.shared.demo.DemoIds;

/** Placing orders through the API: split per cooperative, prices from the server, stock held, idempotency. */
@TaawunTest
class OrderApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeys keys;

    static final String CUSTOMER = "customer@taawun.test";

    static String order(String lines, String phone) {
        return """
                {"lines":[%s],"delivery":{"method":"HOME"},"payment":"CASH_ON_DELIVERY",
                 "customer":{"name":"Nadia","phone":"%s","address":"12 rue des Roses","city":"Rabat","region":"MA-04"}}
                """.formatted(lines, phone);
    }

    static String line(UUID id, int quantity) {
        return "{\"productId\":\"" + id + "\",\"quantity\":" + quantity + "}";
    }

    ResultActions post(String body, String key) throws Exception {
        return post(body, key, null);
    }

    /** Places an order as {@code client} (an account's e-mail), or anonymously when it is null. */
    ResultActions post(String body, String key, String client) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/orders")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        if (client != null) {
            request = request.with(user(fixtures.user(client)));
        }
        return mvc.perform(request);
    }

    @Test
    void anOrderAcrossTwoCooperativesIsSplitIntoTwoNumberedParts() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Bol A", "40.00", 10);
        UUID b = products.product("manager2@taawun.test", DemoIds.COOP_KHOURIBGA, "Bol B", "25.50", 10);
        String body = post(order(line(a, 2) + "," + line(b, 1), "0612345678"), null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parts.length()").value(2))
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.total.currency").value("MAD"))
                .andExpect(jsonPath("$.trackingUrl").value(org.hamcrest.Matchers.containsString("/orders/track/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> numbers = JsonPath.read(body, "$.parts[*].number");
        assertThat(numbers).anyMatch(n -> n.startsWith("TIWIZI-")).anyMatch(n -> n.startsWith("NOUR-"));
        List<String> subtotals = JsonPath.read(body, "$.parts[*].subtotal.amount");
        assertThat(subtotals).containsExactlyInAnyOrder("80.00", "25.50");
        assertThat(available(a)).isEqualTo(8);
        assertThat(available(b)).isEqualTo(9);
    }

    @Test
    void cooperativesWhoseAddressesStartAlikeNumberTheirPartsApart() throws Exception {
        UUID first = fixtures.verifiedCooperative();
        UUID second = fixtures.verifiedCooperative();
        UUID a = products.product(manager(first), first, "Natte", "10.00", 3);
        UUID b = products.product(manager(second), second, "Natte", "10.00", 3);
        String body = post(order(line(a, 1) + "," + line(b, 1), "0612345678"), null)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> numbers = JsonPath.read(body, "$.parts[*].number");
        assertThat(numbers).hasSize(2).allMatch(n -> n.startsWith("TEST-") && n.endsWith("-0001"));
    }

    private String manager(UUID cooperative) {
        return jdbc.sql("select applicant_email from cooperative.cooperatives where id = ?")
                .param(cooperative)
                .query(String.class)
                .single();
    }

    @Test
    void pricesComeFromTheServerNotTheClient() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Tasse", "15.00", 5);
        String tampered =
                "{\"productId\":\"" + a + "\",\"quantity\":1,\"price\":{\"amount\":\"0.01\",\"currency\":\"MAD\"}}";
        post(order(tampered, "0612345678"), null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parts[0].lines[0].unitPrice.amount").value("15.00"));
    }

    @Test
    void theSameKeyAndBodyMakeOneOrderAndAnotherBodyIsAConflict() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Plat", "30.00", 5);
        String key = UUID.randomUUID().toString();
        String body = order(line(a, 1), "0612345678");
        String first = post(body, key, CUSTOMER)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String again = post(body, key, CUSTOMER)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(available(a)).isEqualTo(4);
        post(order(line(a, 2), "0612345678"), key, CUSTOMER)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("idempotency-key-reused"));
        assertThat(available(a)).isEqualTo(4);

        // anonymously, the same key and body give the same order too
        String anonymous = order(line(a, 1), "0612345670");
        String one = post(anonymous, key).andReturn().getResponse().getContentAsString();
        String two = post(anonymous, key).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(two, "$.id")).isEqualTo(JsonPath.read(one, "$.id"));
        assertThat(available(a)).isEqualTo(3);
    }

    @Test
    void aKeyBelongsToItsClientAnotherClientWithTheSameKeyAndBodyGetsItsOwnOrder() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Plat partagé", "30.00", 9);
        String key = "order-1";
        String body = order(line(a, 1), "0612345678");
        String mine = post(body, key, CUSTOMER).andReturn().getResponse().getContentAsString();
        String theirs = post(body, key, "manager2@taawun.test")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String anonymous = post(body, key)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(List.of(id(mine), id(theirs), id(anonymous))).doesNotHaveDuplicates();
        assertThat(List.<String>of(
                        JsonPath.read(mine, "$.trackingUrl"),
                        JsonPath.read(theirs, "$.trackingUrl"),
                        JsonPath.read(anonymous, "$.trackingUrl")))
                .doesNotHaveDuplicates();
        assertThat(available(a)).isEqualTo(6);
        // another body under the same key is another anonymous client
        post(order(line(a, 2), "0612345678"), key).andExpect(status().isCreated());
        assertThat(available(a)).isEqualTo(4);
    }

    @Test
    void keysAreKeptADayThenPurged() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Plat du jour", "30.00", 9);
        String key = UUID.randomUUID().toString();
        String body = order(line(a, 1), "0612345678");
        String first = post(body, key, CUSTOMER).andReturn().getResponse().getContentAsString();

        age(key, Duration.ofHours(23));
        keys.purge(Instant.now());
        assertThat(id(post(body, key, CUSTOMER).andReturn().getResponse().getContentAsString()))
                .isEqualTo(id(first));

        age(key, Duration.ofHours(25));
        keys.purge(Instant.now());
        assertThat(jdbc.sql("select count(*) from ordering.idempotency_keys where key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(id(post(body, key, CUSTOMER).andReturn().getResponse().getContentAsString()))
                .isNotEqualTo(id(first));
    }

    @Test
    void anOrderIsReadByItsCustomerItsManagersAndAdministratorsOnly() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Plat privé", "30.00", 5);
        String placed = post(order(line(a, 1), "0612345678"), null, CUSTOMER)
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = "/api/v1/orders/" + id(placed);
        String tracking = JsonPath.read(placed, "$.trackingUrl");
        for (var reader : List.of(
                get(url),
                get(url).with(user(fixtures.user("manager2@taawun.test"))),
                get(url).with(user(fixtures.user("manager-tn@taawun.test"))))) {
            String answer = mvc.perform(reader.header("Accept-Language", "en"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("order-not-found"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(answer).doesNotContain(tracking).doesNotContain("Nadia").doesNotContain("rue des Roses");
        }
        for (String reader : List.of(CUSTOMER, "manager1@taawun.test", "admin@taawun.test")) {
            mvc.perform(get(url).with(user(fixtures.user(reader))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.trackingUrl").value(tracking));
        }
        // a guest's order is nobody's by id but its cooperatives' and the administrators'
        String guest = post(order(line(a, 1), "0612345678"), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/api/v1/orders/" + id(guest)).with(user(fixtures.user(CUSTOMER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/orders/" + id(guest)).with(user(fixtures.user("manager1@taawun.test"))))
                .andExpect(status().isOk());
    }

    @Test
    void theApiDocumentationSaysWhoMayReadAnOrderAndWhoseKeysAreWhose() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Anyone else, signed in or not, gets 404")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("an anonymous client by key and body")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("stockRead")));
    }

    private void age(String key, Duration age) {
        jdbc.sql("update ordering.idempotency_keys set created_at = ? where key = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(age)), key)
                .update();
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Cruche", "50.00", 3);
        long orders = count();
        post(order(line(a, 0), "0612345678"), null).andExpect(status().isBadRequest());
        post(order(line(a, -1), "0612345678"), null).andExpect(status().isBadRequest());
        post(order(line(a, 4), "0612345678"), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("not-enough-stock"));
        post(order(line(a, 1), "12345"), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customer.phone"));
        post(order(line(UUID.randomUUID(), 1), "0612345678"), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("product-unavailable"));
        post(order(line(a, 1), "0612345678").replace("CASH_ON_DELIVERY", "PAY_AT_PICKUP"), null)
                .andExpect(status().isBadRequest());
        post(order(line(a, 1), "0612345678").replace("Nadia", "<script>alert(1)</script>"), null)
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(orders);
        assertThat(available(a)).isEqualTo(3);
    }

    @Test
    void productsInTwoCurrenciesCannotShareAnOrder() throws Exception {
        UUID ma = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Vase", "70.00", 3);
        UUID tn = products.product("manager-tn@taawun.test", DemoIds.COOP_TUNISIA, "Vase TN", "20.000", 3);
        post(order(line(ma, 1) + "," + line(tn, 1), "0612345678"), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("mixed-currency"));
    }

    @Test
    void managersMoveOnlyTheirOwnPartAndStockFollows() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Jarre", "60.00", 5);
        String body = post(order(line(a, 2), "0612345678"), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        String orderId = JsonPath.read(body, "$.id");
        String partId = JsonPath.read(body, "$.parts[0].id");
        String move = "/api/v1/orders/" + orderId + "/parts/" + partId + "/status";

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(move)
                        .with(user(fixtures.user("manager2@taawun.test")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ACCEPTED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cooperatives/{id}/orders", DemoIds.COOP_ARGAN)
                        .with(user(fixtures.user("manager2@taawun.test"))))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(move)
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"SHIPPED\"}"))
                .andExpect(status().isConflict());
        for (String next : List.of("ACCEPTED", "SHIPPED", "RETURNED")) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(move)
                            .with(user(fixtures.user("manager1@taawun.test")))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"" + next + "\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value(next));
        }
        assertThat(onHand(a)).isEqualTo(5);
        assertThat(available(a)).isEqualTo(5);

        String refused = post(order(line(a, 1), "0612345678"), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        String refuse = "/api/v1/orders/" + JsonPath.read(refused, "$.id") + "/parts/"
                + JsonPath.read(refused, "$.parts[0].id") + "/status";
        assertThat(available(a)).isEqualTo(4);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(refuse)
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"REFUSED\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(refuse)
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"REFUSED\",\"reason\":\"Injoignable\"}"))
                .andExpect(status().isOk());
        assertThat(available(a)).isEqualTo(5);
    }

    @Test
    void eachCooperativeHearsOfItsNewOrderAtOnce() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Coupe", "35.00", 5);
        String body = post(order(line(a, 1), "0612345678"), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        String number = JsonPath.read(body, "$.parts[0].number");
        assertThat(fixtures.outboxFor("manager1@taawun.test")).anyMatch(mail -> mail[0].contains(number));
        assertThat(fixtures.outboxFor("+212661234501")).anyMatch(sms -> sms[1].contains(number));
        assertThat(fixtures.outboxFor("+212612345678")).anyMatch(sms -> sms[1].contains("/orders/track/"));
    }

    private int available(UUID variant) {
        return jdbc.sql("select on_hand - reserved from inventory.stock_levels where variant_id = ?")
                .param(variant)
                .query(Integer.class)
                .single();
    }

    private int onHand(UUID variant) {
        return jdbc.sql("select on_hand from inventory.stock_levels where variant_id = ?")
                .param(variant)
                .query(Integer.class)
                .single();
    }

    private long count() {
        return jdbc.sql("select count(*) from ordering.orders")
                .query(Long.class)
                .single();
    }
}

package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.ordering.domain.UnacceptedParts;
import org.taawun.shared.demo.DemoIds;

/** A part no cooperative accepts gives its stock back after 72 hours; the customer is told, the manager sees it. */
@TaawunTest
class UnacceptedPartsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    UnacceptedParts unaccepted;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartNobodyAcceptsExpiresOnceAndItsStockGoesBackOnSale() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Jarre oubliée", "40.00", 5);
        String phone = "06" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String placed = place(a, 2, phone, "en");
        UUID part = UUID.fromString(JsonPath.read(placed, "$.parts[0].id"));
        String number = JsonPath.read(placed, "$.parts[0].number");
        UUID recent = UUID.fromString(JsonPath.read(place(a, 1, phone, "en"), "$.parts[0].id"));
        assertThat(available(a)).isEqualTo(2);

        placedAgo(part, Duration.ofHours(73));
        placedAgo(recent, Duration.ofHours(71));
        // two nodes at once: each part is taken by one of them only
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> unaccepted.expire(Instant.now());
            List<Future<Integer>> runs = nodes.invokeAll(List.of(run, run));
            for (Future<Integer> r : runs) {
                r.get();
            }
        } finally {
            nodes.shutdown();
        }
        unaccepted.expire(Instant.now());

        assertThat(statusOf(part)).isEqualTo("EXPIRED");
        assertThat(statusOf(recent)).isEqualTo("NEW");
        assertThat(available(a)).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from inventory.movements where reason = 'RELEASED' and reference = ?")
                        .param("part:" + number)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ordering.part_history where part_id = ? and status = 'EXPIRED'")
                        .param(part)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // told in the language she ordered in
        assertThat(fixtures.outboxFor("+212" + phone.substring(1)))
                .anyMatch(sms -> sms[1].contains(number) && sms[1].contains("did not confirm"));

        // the manager sees it as expired in her list and on its page; it can no longer be accepted
        mvc.perform(get("/manage/cooperatives/{id}/orders", DemoIds.COOP_ARGAN)
                        .param("status", "EXPIRED")
                        .param("lang", "en")
                        .with(user(fixtures.user("manager1@taawun.test"))))
                .andExpect(content().string(Matchers.containsString(number)))
                .andExpect(content().string(Matchers.containsString("Expired (not confirmed in time)")));
        mvc.perform(get("/manage/orders/{id}", part)
                        .param("lang", "en")
                        .with(user(fixtures.user("manager1@taawun.test"))))
                .andExpect(content().string(Matchers.containsString("within 72 hours")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"ACCEPTED\""))));
        mvc.perform(post("/api/v1/orders/{id}/parts/{part}/status", JsonPath.read(placed, "$.id"), part)
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ACCEPTED\"}"))
                .andExpect(status().isConflict());
        assertThat(available(a)).isEqualTo(4);
    }

    @Test
    void anAcceptedPartKeepsItsStock() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Jarre acceptée", "40.00", 5);
        String placed = place(a, 2, "0612345678", "fr");
        UUID part = UUID.fromString(JsonPath.read(placed, "$.parts[0].id"));
        mvc.perform(post("/api/v1/orders/{id}/parts/{part}/status", JsonPath.read(placed, "$.id"), part)
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ACCEPTED\"}"))
                .andExpect(status().isOk());
        placedAgo(part, Duration.ofHours(100));
        unaccepted.expire(Instant.now());
        assertThat(statusOf(part)).isEqualTo("ACCEPTED");
        assertThat(available(a)).isEqualTo(3);
    }

    private String place(UUID item, int quantity, String phone, String language) throws Exception {
        return mvc.perform(post("/api/v1/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", language)
                        .content(OrderApiTest.order(OrderApiTest.line(item, quantity), phone)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void placedAgo(UUID part, Duration age) {
        jdbc.sql("update ordering.order_parts set created_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(age)), part)
                .update();
    }

    private String statusOf(UUID part) {
        return jdbc.sql("select status from ordering.order_parts where id = ?")
                .param(part)
                .query(String.class)
                .single();
    }

    private int available(UUID variant) {
        return jdbc.sql("select on_hand - reserved from inventory.stock_levels where variant_id = ?")
                .param(variant)
                .query(Integer.class)
                .single();
    }
}

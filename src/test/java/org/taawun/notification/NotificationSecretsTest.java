package org.taawun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.notification.domain.OutboxDispatcher;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;

/** Reset and tracking links: their secrets are delivered, never kept in the outbox once sent, never shown to admins. */
@TaawunTest
class NotificationSecretsTest {

    private static final Pattern RESET = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures products;

    private List<Map<String, Object>> rows(String recipient) {
        return jdbc.sql("select subject, body, redacted_body, status from notification.outbox where recipient = ?"
                        + " order by created_at")
                .param(recipient)
                .query()
                .listOfRows();
    }

    @Test
    void aResetLinkIsDeliveredWholeThenOnlyItsHiddenFormStays() throws Exception {
        String email = "counsellor@taawun.test";
        int before = rows(email).size();
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(status().isOk());
        Map<String, Object> pending = rows(email).get(before);
        Matcher link = RESET.matcher((String) pending.get("body"));
        assertThat(link.find()).as("the body to deliver holds the link").isTrue();
        String secret = link.group(1);
        assertThat((String) pending.get("subject")).doesNotContain(secret);
        assertThat((String) pending.get("redacted_body"))
                .contains("/password/reset?token=***")
                .doesNotContain(secret);

        dispatcher.deliverDue(Instant.now().plusSeconds(1));

        Map<String, Object> sent = rows(email).get(before);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat((String) sent.get("body"))
                .contains("/password/reset?token=***")
                .doesNotContain(secret);
        assertThat(sent.get("redacted_body")).isNull();
        // the link itself still works: only the stored copy was hidden
        mvc.perform(get("/password/reset").param("token", secret)).andExpect(model().attribute("valid", true));
    }

    @Test
    void theAdministratorsListNeverShowsATrackingToken() throws Exception {
        String digits = String.format("%08d", System.nanoTime() % 100_000_000);
        UUID product = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Plat suivi", "20.00", 3);
        mvc.perform(post("/api/v1/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"lines":[{"productId":"%s","quantity":1}],"delivery":{"method":"HOME"},
                                 "payment":"CASH_ON_DELIVERY","customer":{"name":"Nadia","phone":"06%s",
                                 "address":"12 rue des Roses","city":"Rabat","region":"MA-04"}}
                                """.formatted(product, digits)))
                .andExpect(status().isCreated());
        Map<String, Object> sms = rows("+2126" + digits).get(0);
        Matcher track = Pattern.compile("/orders/track/([A-Za-z0-9_-]+)").matcher((String) sms.get("body"));
        assertThat(track.find()).isTrue();
        String token = track.group(1);
        assertThat((String) sms.get("subject")).contains("/orders/track/***").doesNotContain(token);
        String page = mvc.perform(get("/admin/notifications").with(user(fixtures.user("admin@taawun.test"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain(token);
    }
}

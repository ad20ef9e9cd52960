package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.shared.demo.DemoIds;

/** A customer cancels her part of an order from its private tracking link, before it ships; stock comes back. */
@TaawunTest
class CustomerCancellationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void herCancellationGivesTheStockBackAndTellsTheCooperative() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Jarre", "30.00", 6);
        UUID b = products.product("manager2@taawun.test", DemoIds.COOP_KHOURIBGA, "Panier", "20.00", 6);
        String order = place(OrderApiTest.line(a, 2) + "," + OrderApiTest.line(b, 1));
        String token = token(order);
        String partA = partOf(order, DemoIds.COOP_ARGAN, "id");
        String numberA = partOf(order, DemoIds.COOP_ARGAN, "number");
        assertThat(available(a)).isEqualTo(4);

        String page = track(token);
        assertThat(page).contains("/orders/track/" + token + "/parts/" + partA + "/cancel");

        mvc.perform(post("/orders/track/{token}/parts/{part}/cancel", token, partA)
                        .with(csrf())
                        .header("Accept-Language", "fr"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("cancelled", true));

        assertThat(available(a)).isEqualTo(6);
        assertThat(available(b)).isEqualTo(5);
        assertThat(statusOf(partA)).isEqualTo("CANCELLED");
        // Told in her language (Arabic for this cooperative), with the link to the part.
        assertThat(fixtures.outboxFor("+212661234501"))
                .anyMatch(sms -> sms[1].contains(numberA)
                        && sms[1].contains("ألغت الزبونة")
                        && sms[1].contains("/manage/orders/" + partA));
        // The other cooperative's part goes on; a second cancellation is refused and changes nothing.
        assertThat(statusOf(partOf(order, DemoIds.COOP_KHOURIBGA, "id"))).isEqualTo("NEW");
        mvc.perform(post("/orders/track/{token}/parts/{part}/cancel", token, partA)
                        .with(csrf())
                        .header("Accept-Language", "fr"))
                .andExpect(flash().attribute("problem", "ordering.error.not-cancellable"));
        assertThat(available(a)).isEqualTo(6);
    }

    @Test
    void aShippedPartCannotBeCancelledAndAWrongLinkFindsNothing() throws Exception {
        UUID a = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Plat", "30.00", 6);
        String order = place(OrderApiTest.line(a, 1));
        String token = token(order);
        String part = partOf(order, DemoIds.COOP_ARGAN, "id");
        for (String move : new String[] {"ACCEPTED", "SHIPPED"}) {
            mvc.perform(post("/manage/orders/{part}/status", part)
                            .with(csrf())
                            .with(user(fixtures.user("manager1@taawun.test")))
                            .param("status", move))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(track(token)).doesNotContain("/cancel");
        mvc.perform(post("/orders/track/{token}/parts/{part}/cancel", token, part)
                        .with(csrf())
                        .header("Accept-Language", "fr"))
                .andExpect(flash().attribute("problem", "ordering.error.not-cancellable"));
        assertThat(statusOf(part)).isEqualTo("SHIPPED");

        mvc.perform(post("/orders/track/{token}/parts/{part}/cancel", "not-" + token, part)
                        .with(csrf())
                        .header("Accept-Language", "fr"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/orders/track/{token}/parts/{part}/cancel", token, part)
                        .header("Accept-Language", "fr"))
                .andExpect(status().isForbidden());
        assertThat(statusOf(part)).isEqualTo("SHIPPED");
    }

    private String place(String lines) throws Exception {
        return mvc.perform(post("/api/v1/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "fr")
                        .content(OrderApiTest.order(lines, "0612345678")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String track(String token) throws Exception {
        return mvc.perform(get("/orders/track/{token}", token).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String token(String order) {
        String url = JsonPath.read(order, "$.trackingUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String partOf(String order, UUID cooperative, String field) {
        return JsonPath.<java.util.List<String>>read(
                        order, "$.parts[?(@.cooperativeId == '" + cooperative + "')]." + field)
                .get(0);
    }

    private String statusOf(String part) {
        return jdbc.sql("select status from ordering.order_parts where id = ?")
                .param(UUID.fromString(part))
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

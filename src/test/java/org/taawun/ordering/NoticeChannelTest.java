package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.ordering.domain.NoticeChannels;
import org.taawun.shared.demo.DemoIds;

/** A cooperative chooses to hear of new orders by SMS or by WhatsApp; its managers get an e-mail either way. */
@TaawunTest
class NoticeChannelTest {

    static final String MANAGER = "manager2@taawun.test";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NoticeChannels channels;

    @AfterEach
    void backToSms() {
        channels.choose(DemoIds.COOP_KHOURIBGA, "SMS");
    }

    @Test
    void aCooperativeThatChoseWhatsAppHearsOfItsNewOrdersThere() throws Exception {
        String page = settingsPage();
        assertThat(page).contains("value=\"SMS\" checked=\"checked\"").contains("value=\"WHATSAPP\"");

        mvc.perform(post("/manage/cooperatives/{id}/notices", DemoIds.COOP_KHOURIBGA)
                        .with(csrf())
                        .with(user(fixtures.user(MANAGER)))
                        .param("channel", "WHATSAPP"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticesSaved", true));
        assertThat(settingsPage()).contains("value=\"WHATSAPP\" checked=\"checked\"");

        UUID product = products.product(MANAGER, DemoIds.COOP_KHOURIBGA, "Tajine", "40.00", 3);
        String number = placeOrderOf(product);
        List<String> channelsUsed = jdbc.sql(
                        "select channel from notification.outbox where recipient = ?" + " and body like ?")
                .params(phone(), "%" + number + "%")
                .query(String.class)
                .list();
        assertThat(channelsUsed).containsExactly("WHATSAPP");
        assertThat(fixtures.outboxFor(MANAGER)).anyMatch(mail -> mail[0].contains(number));
    }

    @Test
    void anotherChannelAnotherCooperativeOrNoChoiceChangeNothing() throws Exception {
        for (String tampered : new String[] {"EMAIL", "PIGEON", ""}) {
            mvc.perform(post("/manage/cooperatives/{id}/notices", DemoIds.COOP_KHOURIBGA)
                            .with(csrf())
                            .with(user(fixtures.user(MANAGER)))
                            .param("channel", tampered))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("noticesProblem", "ordering.error.notice-channel"));
        }
        mvc.perform(post("/manage/cooperatives/{id}/notices", DemoIds.COOP_KHOURIBGA)
                        .with(csrf())
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .param("channel", "WHATSAPP"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/cooperatives/{id}/notices", DemoIds.COOP_KHOURIBGA)
                        .with(user(fixtures.user(MANAGER)))
                        .param("channel", "WHATSAPP"))
                .andExpect(status().isForbidden());
        assertThat(settingsPage()).contains("value=\"SMS\" checked=\"checked\"");
    }

    private String settingsPage() throws Exception {
        return mvc.perform(get("/manage/cooperatives/{id}/delivery", DemoIds.COOP_KHOURIBGA)
                        .with(user(fixtures.user(MANAGER)))
                        .header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String placeOrderOf(UUID product) throws Exception {
        String order = mvc.perform(post("/api/v1/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderApiTest.order(OrderApiTest.line(product, 1), "0612345678")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(order, "$.parts[0].number");
    }

    private String phone() {
        return jdbc.sql("select contact_phone from cooperative.cooperatives where id = ?")
                .param(DemoIds.COOP_KHOURIBGA)
                .query(String.class)
                .single();
    }
}

package org.taawun.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;

/**
 * Bidirectional controls (here U+202E, which reverses what follows, and the others) never reach what is stored, from
 * any family of free text: products, cooperative profiles and applications, sign-up names, orders' customers.
 */
@TaawunTest
class BidiControlsTest {

    /** Every control removed: embeddings and overrides, isolates, marks. */
    private static final String CONTROLS = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures products;

    private static String marker() {
        return "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param(value).query(Long.class).single();
    }

    @Test
    void theSanitiserRemovesEachControlAndKeepsArabic() {
        assertThat(BidiControls.strip("زيت " + CONTROLS + "argan\u202E 0612")).isEqualTo("زيت argan 0612");
        assertThat(BidiControls.strip(null)).isNull();
    }

    @Test
    void productsFromTheFormAndTheApi() throws Exception {
        var manager = user(fixtures.user("manager1@taawun.test"));
        String fromForm = marker();
        mvc.perform(post("/manage/cooperatives/{id}/products/new", DemoIds.COOP_ARGAN)
                        .with(manager)
                        .with(csrf())
                        .param("nameFr", "Bol \u202E" + fromForm)
                        .param("descriptionFr", "Beau\u2067 bol")
                        .param("category", "POTTERY")
                        .param("variants[0].price", "11")
                        .param("variants[0].stock", "3"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(
                        "select count(*) from catalog.products where name_fr = ? and description_fr = 'Beau bol'",
                        "Bol " + fromForm))
                .isEqualTo(1);

        String fromApi = marker();
        mvc.perform(post("/api/v1/products")
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cooperativeId\":\"" + DemoIds.COOP_ARGAN + "\",\"details\":{\"nameFr\":\"Jarre"
                                + " \\u202E" + fromApi + "\",\"category\":\"POTTERY\",\"variants\":[{\"price\":11,"
                                + "\"stock\":3}]},\"publish\":false}"))
                .andExpect(status().isCreated());
        assertThat(count("select count(*) from catalog.products where name_fr = ?", "Jarre " + fromApi))
                .isEqualTo(1);
    }

    @Test
    void cooperativeApplicationsAndProfiles() throws Exception {
        String name = marker();
        mvc.perform(post("/apply")
                        .with(csrf())
                        .param("nameAr", "تعاونية " + name)
                        .param("nameFr", "Coopérative \u202E" + name)
                        .param("country", "MA")
                        .param("regionCode", "MA-04")
                        .param("legalForm", "COOPERATIVE")
                        .param("registrationNumber", "RC " + name.substring(1, 6))
                        .param("foundingYear", "2015")
                        .param("members", "12")
                        .param("contactPhone", "0612345678")
                        .param("applicantName", "Fatima\u200F " + name)
                        .param("applicantEmail", name + "@example.org"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(
                        "select count(*) from cooperative.cooperatives where name_fr = ? and applicant_name = 'Fatima "
                                + name + "'",
                        "Coopérative " + name))
                .isEqualTo(1);

        String story = marker();
        mvc.perform(post("/manage/cooperatives/{id}", DemoIds.COOP_ARGAN)
                        .with(user(fixtures.user("manager1@taawun.test")))
                        .with(csrf())
                        .param("slug", "tiwizi-argan")
                        .param("storyFr", "Notre \u2066histoire\u2069 " + story))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from cooperative.cooperatives where story_fr = ?", "Notre histoire " + story))
                .isEqualTo(1);
    }

    @Test
    void signUpNames() throws Exception {
        String name = marker();
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("name", "Salma \u202E" + name)
                        .param("email", name + "@example.org")
                        .param("password", "a long enough password")
                        .param("confirm", "a long enough password"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from identity.accounts where display_name = ?", "Salma " + name))
                .isEqualTo(1);
    }

    @Test
    void ordersCustomerNameAndAddressFromTheApi() throws Exception {
        UUID product = products.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Bol bidi", "20.00", 5);
        String name = marker();
        mvc.perform(post("/api/v1/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"lines":[{"productId":"%s","quantity":1}],"delivery":{"method":"HOME"},
                                 "payment":"CASH_ON_DELIVERY","customer":{"name":"Nadia \\u202E%s","phone":"0612345678",
                                 "address":"12 rue \\u2067des Roses\\u2069","city":"Rabat","region":"MA-04"}}
                                """.formatted(product, name)))
                .andExpect(status().isCreated());
        assertThat(count(
                        "select count(*) from ordering.orders where customer_name = ? and address = '12 rue des Roses'",
                        "Nadia " + name))
                .isEqualTo(1);
    }
}

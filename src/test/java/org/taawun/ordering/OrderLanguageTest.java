package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.catalog.VariantLabel;
import org.taawun.shared.demo.DemoIds;

/**
 * One language per page and per message: an order's lines keep their product's names in every language at order
 * time, and confirmation, tracking and the manager's pages name them in the page's language (falling back only where
 * no translation exists); the customer's SMS keep the language she ordered in, with every inserted value isolated.
 */
@TaawunTest
class OrderLanguageTest {

    static final String MANAGER = "manager1@taawun.test";
    static final String FSI = "\u2068";
    static final String PDI = "\u2069";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrderFixtures products;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    /** The answer of placing an order through the API in a language. */
    private String place(String language, String phone, UUID... items) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (UUID item : items) {
            lines.append(lines.isEmpty() ? "" : ",").append(OrderApiTest.line(item, 1));
        }
        return mvc.perform(post("/api/v1/orders")
                        .header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderApiTest.order(lines.toString(), phone)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String phone() {
        return "06" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String managerPage(String partId, String language) throws Exception {
        return mvc.perform(get("/manage/orders/{id}", partId)
                        .param("lang", language)
                        .with(user(fixtures.user(MANAGER))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String path(String answer) {
        return ((String) JsonPath.read(answer, "$.trackingUrl")).replaceAll("^https?://[^/]+", "");
    }

    @Test
    void cartConfirmationTrackingAndManagerPagesNameProductsAndUnitsInTheirLanguageFallingBackWhereNoneExists()
            throws Exception {
        UUID amlou = products.product(
                MANAGER,
                DemoIds.COOP_ARGAN,
                "أملو باللوز والعسل",
                "Amlou aux amandes et au miel",
                new VariantLabel("جرة 250 غ", "Pot de 250 g", null),
                "80.00",
                5);
        UUID basket = products.product(
                MANAGER,
                DemoIds.COOP_ARGAN,
                null,
                "Panier tressé",
                new VariantLabel(null, "Taille M", null),
                "45.00",
                5);
        Cookie cart = mvc.perform(post("/cart/lines")
                        .with(csrf())
                        .param("productId", amlou.toString())
                        .param("quantity", "1"))
                .andReturn()
                .getResponse()
                .getCookie("cart");
        assertThat(cartPage(cart, "ar"))
                .contains(">أملو باللوز والعسل — جرة 250 غ<")
                .doesNotContain("Pot de 250 g");
        assertThat(cartPage(cart, "fr"))
                .contains(">Amlou aux amandes et au miel — Pot de 250 g<")
                .doesNotContain("جرة 250 غ");

        String answer = place("ar", phone(), amlou, basket);
        String track = path(answer);
        String partId = JsonPath.read(answer, "$.parts[0].id");

        String arabic = page(track + "?placed", "ar");
        assertThat(arabic)
                .contains("<bdi>أملو باللوز والعسل — جرة 250 غ</bdi>")
                .contains("<bdi>Panier tressé — Taille M</bdi>") // no Arabic name nor label: the ones it has
                .doesNotContain("Amlou aux amandes")
                .doesNotContain("Pot de 250 g");
        String french = page(track, "fr");
        assertThat(french)
                .contains("<bdi>Amlou aux amandes et au miel — Pot de 250 g</bdi>")
                .contains("<bdi>Panier tressé — Taille M</bdi>")
                .doesNotContain("أملو باللوز")
                .doesNotContain("جرة 250 غ");

        assertThat(managerPage(partId, "ar"))
                .contains("<bdi>أملو باللوز والعسل — جرة 250 غ</bdi>")
                .doesNotContain("Amlou aux amandes");
        assertThat(managerPage(partId, "fr"))
                .contains("<bdi>Amlou aux amandes et au miel — Pot de 250 g</bdi>")
                .doesNotContain("أملو باللوز");

        // the API names them in the request's language too, and gives every name it has
        mvc.perform(get("/api/v1/orders/{id}", (String) JsonPath.read(answer, "$.id"))
                        .header("Accept-Language", "fr")
                        .with(user(fixtures.user(MANAGER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parts[0].lines[0].name").value("Amlou aux amandes et au miel — Pot de 250 g"))
                .andExpect(jsonPath("$.parts[0].lines[0].nameAr").value("أملو باللوز والعسل"));
    }

    @Test
    void aMeasureWrittenInOneLanguageIsShownWithTheUnitOfThePagesLanguage() throws Exception {
        UUID amlou = products.product(
                MANAGER, DemoIds.COOP_ARGAN, "أملو باللوز والعسل", "Amlou aux amandes et au miel", "250 g", "80.00", 5);
        String answer = place("ar", phone(), amlou);
        assertThat(page(path(answer), "ar")).contains("<bdi>أملو باللوز والعسل — 250 غ</bdi>");
        assertThat(page(path(answer), "fr")).contains("<bdi>Amlou aux amandes et au miel — 250 g</bdi>");
    }

    private String cartPage(Cookie cart, String language) throws Exception {
        return mvc.perform(get("/cart").cookie(cart).param("lang", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void linesPlacedBeforeNamesWereKeptPerLanguageShowTheirSingleName() throws Exception {
        UUID item = products.product(MANAGER, DemoIds.COOP_ARGAN, "زيت الأركان", "Huile d'argan", "120.00", 5);
        String answer = place("fr", phone(), item);
        String partId = JsonPath.read(answer, "$.parts[0].id");
        // as V35 left the lines of earlier orders: one name, none per language
        jdbc.sql("update ordering.order_lines set name = 'Huile ancienne — 1 l', name_ar = null, name_fr = null,"
                        + " name_en = null, variant_label_ar = null, variant_label_fr = null,"
                        + " variant_label_en = null where part_id = ?")
                .param(UUID.fromString(partId))
                .update();
        assertThat(page(path(answer), "ar")).contains("<bdi>Huile ancienne — 1 l</bdi>");
        assertThat(managerPage(partId, "ar")).contains("<bdi>Huile ancienne — 1 l</bdi>");
    }

    @Test
    void theCustomersSmsKeepHerLanguageAndIsolateEveryValueTheyInsert() throws Exception {
        UUID item = products.product(MANAGER, DemoIds.COOP_ARGAN, "صابون", "Savon", "30.00", 5);
        String phone = phone();
        String answer = place("ar", phone, item);
        String number = JsonPath.read(answer, "$.number");
        String partNumber = JsonPath.read(answer, "$.parts[0].number");
        String token = path(answer).substring("/orders/track/".length());

        List<String> sms = sms("+212" + phone.substring(1));
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0))
                .startsWith("تعاون:")
                .contains(FSI + number + PDI)
                .containsPattern(FSI + "https?://[^\\s]+/orders/track/(" + token + "|\\*\\*\\*) " + PDI);

        // a part moved: the SMS is in Arabic still, the part number and the link isolated
        mvc.perform(
                        post(
                                        "/api/v1/orders/{id}/parts/{part}/status",
                                        (String) JsonPath.read(answer, "$.id"),
                                        JsonPath.read(answer, "$.parts[0].id"))
                                .header("Accept-Language", "fr")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"status\":\"ACCEPTED\"}")
                                .with(user(fixtures.user(MANAGER)))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk());
        List<String> after = sms("+212" + phone.substring(1));
        assertThat(after).hasSize(2);
        assertThat(after.get(1)).startsWith("تعاون:").contains(FSI + partNumber + PDI);

        // the cooperative hears of it with the amount as its language writes it, isolated too
        String coopPhone = jdbc.sql("select contact_phone from cooperative.cooperatives where id = ?")
                .param(DemoIds.COOP_ARGAN)
                .query(String.class)
                .single();
        java.util.function.Predicate<String> notice = body -> body.contains(FSI + partNumber + PDI)
                // the amount to collect (the line and the delivery fee other tests may have set), isolated, with the
                // decimal mark of the cooperative's language
                && body.matches("(?s).*" + FSI + "[0-9]+[,.][0-9]{2}\u00a0(MAD|د.م.)" + PDI + ".*");
        List<String> notices = jdbc.sql("select body from notification.outbox where body like ?")
                .param("%" + partNumber + "%")
                .query(String.class)
                .list();
        assertThat(notices)
                .as("the cooperative's notice of %s (phone %s)", partNumber, coopPhone)
                .anyMatch(notice);
    }

    private List<String> sms(String recipient) {
        return jdbc.sql(
                        "select body from notification.outbox where recipient = ? and channel = 'SMS' order by created_at")
                .param(recipient)
                .query(String.class)
                .list();
    }
}

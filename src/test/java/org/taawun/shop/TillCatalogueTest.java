package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.ShopStaff;
import org.taawun.ordering.OrderFixtures;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.money.Money;
import org.taawun.shop.domain.ConsignmentKind;
import org.taawun.shop.domain.ConsignmentRecorder;
import org.taawun.shop.domain.RecordConsignment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue a till keeps offline: only its own shop's shelf items, with the shop's code, agreed price and stock,
 * a version that changes with them (and a 304 while it does not), for the people who may sell there only.
 */
@TaawunTest
class TillCatalogueTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrderFixtures orders;

    @Autowired
    ConsignmentRecorder recorder;

    @Autowired
    ShopStaff shopStaff;

    @Autowired
    JsonMapper json;

    UUID shop;
    TaawunUser manager;
    TaawunUser cashier;
    UUID oil;
    UUID pot;
    UUID elsewhere;

    @BeforeEach
    void twoShopsWithTheirShelves() {
        shop = fixtures.shop();
        manager = fixtures.shopManager(shop);
        cashier = cashierAt(shop);
        oil = orders.product(
                "manager1@taawun.test",
                DemoIds.COOP_ARGAN,
                "زيت أركان اختبار",
                "Huile till " + UUID.randomUUID(),
                "80.00",
                9);
        pot = orders.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Pot till " + UUID.randomUUID(), "30.00", 9);
        elsewhere = orders.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Bol " + UUID.randomUUID(), "20.00", 9);
        deposit(shop, manager, line(oil, 3, "95.00"), line(pot, 2, "35.50"));
        UUID otherShop = fixtures.shop();
        deposit(otherShop, fixtures.shopManager(otherShop), line(elsewhere, 4, "25.00"), line(oil, 1, "99.00"));
    }

    @Test
    void theCashierGetsHerShopsShelvesWithCodesPricesAndStock() throws Exception {
        MockHttpServletResponse response = catalogue(cashier, null);

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.get("shopId").asString()).isEqualTo(shop.toString());
        assertThat(body.get("currency").asString()).isEqualTo("MAD");
        assertThat(body.get("version").asString()).isNotBlank();
        assertThat(response.getHeader("ETag"))
                .isEqualTo("W/\"" + body.get("version").asString() + "\"");
        List<UUID> ids = ids(body.get("ids").asString());
        assertThat(body.get("count").asInt()).isEqualTo(2);
        assertThat(ids).containsExactlyInAnyOrder(oil, pot);
        int at = ids.indexOf(oil);
        assertThat(body.get("prices").get(at).asString()).isEqualTo("95.00");
        assertThat(body.get("stock").get(at).asInt()).isEqualTo(3);
        assertThat(body.get("stock").get(1 - at).asInt()).isEqualTo(2);
        assertThat(body.get("codes").get(0).asString()).matches("2\\d{11}");
        assertThat(body.get("ar").get(at).asString()).isEqualTo("زيت أركان اختبار");
        assertThat(body.get("fr").get(at).asString()).startsWith("Huile till ");
    }

    private static List<UUID> ids(String base64) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(base64));
        List<UUID> ids = new ArrayList<>();
        while (bytes.hasRemaining()) {
            ids.add(new UUID(bytes.getLong(), bytes.getLong()));
        }
        return ids;
    }

    @Test
    void theVersionStaysWhileNothingChangesAndChangesWithTheStock() throws Exception {
        String etag = catalogue(cashier, null).getHeader("ETag");

        MockHttpServletResponse same = catalogue(cashier, etag);
        assertThat(same.getStatus()).isEqualTo(304);
        assertThat(same.getContentAsString()).isEmpty();

        deposit(shop, manager, line(pot, 1, "35.50"));
        MockHttpServletResponse changed = catalogue(cashier, etag);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void onlyThoseWhoSellAtTheShopGetIt() throws Exception {
        UUID otherShop = fixtures.shop();
        assertThat(catalogue(cashierAt(otherShop), null).getStatus()).isEqualTo(403);
        assertThat(catalogue(fixtures.user("customer@taawun.test"), null).getStatus())
                .isEqualTo(403);
        assertThat(catalogue(fixtures.user("manager1@taawun.test"), null).getStatus())
                .isEqualTo(403);
        assertThat(catalogue(manager, null).getStatus()).isEqualTo(200);
        assertThat(catalogue(fixtures.user("admin@taawun.test"), null).getStatus())
                .isEqualTo(200);
    }

    @Test
    void theTillPageFindsTheCashiersShopAndRefusesOthers() throws Exception {
        MockHttpServletResponse start =
                mvc.perform(get("/shop/till").with(user(cashier))).andReturn().getResponse();
        assertThat(start.getRedirectedUrl()).isEqualTo("/shop/" + shop + "/till");

        MockHttpServletResponse page = mvc.perform(get("/shop/{id}/till", shop).with(user(cashier)))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("id=\"till-config\"").doesNotContain("<script>");

        UUID otherShop = fixtures.shop();
        assertThat(mvc.perform(get("/shop/{id}/till", otherShop).with(user(cashier)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse worker = mvc.perform(get("/shop/till-sw.js").with(user(cashier)))
                .andReturn()
                .getResponse();
        assertThat(worker.getStatus()).isEqualTo(200);
        assertThat(worker.getContentType()).startsWith("text/javascript");
    }

    private MockHttpServletResponse catalogue(TaawunUser who, String etag) throws Exception {
        var request = get("/shop/{id}/till/catalogue", shop).with(user(who));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private TaawunUser cashierAt(UUID shopId) {
        TaawunUser user = fixtures.staff(Role.CASHIER);
        shopStaff.add(user.id(), shopId, Role.CASHIER);
        return user;
    }

    private void deposit(UUID shopId, TaawunUser by, RecordConsignment.Line... lines) {
        Fixtures.as(
                by,
                () -> recorder.record(
                        shopId, ConsignmentKind.DEPOSIT, new RecordConsignment(DemoIds.COOP_ARGAN, List.of(lines))));
    }

    private static RecordConsignment.Line line(UUID item, int quantity, String price) {
        return new RecordConsignment.Line(item, quantity, Money.of(price, "MAD"));
    }
}

package org.taawun.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.ordering.DeliveryMethod;
import org.taawun.ordering.OrderFixtures;
import org.taawun.ordering.Payment;
import org.taawun.ordering.domain.NoticeChannels;
import org.taawun.ordering.domain.OrderPlacement;
import org.taawun.ordering.domain.PlaceOrder;
import org.taawun.shared.demo.DemoIds;
import org.taawun.shared.money.Money;
import org.taawun.shop.domain.ConsignmentKind;
import org.taawun.shop.domain.ConsignmentRecorder;
import org.taawun.shop.domain.RecordConsignment;

/**
 * Who may do what, as a table: every role (and a visitor) against every protected action, including a manager acting
 * on another cooperative. A refusal is 403 (or a sign-in for visitors) and changes nothing.
 */
@TaawunTest
class AccessRulesTest {

    enum Who {
        VISITOR(null),
        CUSTOMER("customer@taawun.test"),
        CASHIER("cashier@taawun.test"),
        SHOP_MANAGER("shop-manager@taawun.test"),
        /** The manager of another shop than the demo shop. */
        OTHER_SHOP_MANAGER(null),
        OFFICER("officer@taawun.test"),
        TRAINER("trainer@taawun.test"),
        COUNSELLOR("counsellor@taawun.test"),
        OTHER_MANAGER("manager2@taawun.test"),
        OWN_MANAGER("manager1@taawun.test"),
        ADMIN("admin@taawun.test");

        final String email;

        Who(String email) {
            this.email = email;
        }
    }

    /** A protected action on the first demo cooperative (managed by manager1), and what proves it changed nothing. */
    enum Action {
        READ_MANAGEMENT_PAGE(false),
        EDIT_STOREFRONT(false),
        ADD_CERTIFICATION(false),
        EDIT_PROFILE_BY_API(true),
        LIST_APPLICATIONS(false),
        VERIFY_APPLICATION(false),
        SUSPEND_COOPERATIVE(false),
        MANAGE_USERS(false),
        EDIT_PRODUCT(false),
        EDIT_PRODUCT_BY_API(true),
        LIST_ORDERS(false),
        ACCEPT_ORDER_PART(false),
        SET_DELIVERY_FEES(false),
        CHOOSE_NOTICE_CHANNEL(false),
        // the demo shop's actions, and the cooperative's view of its consignment
        READ_SHOP_SETTINGS(false),
        EDIT_SHOP_SETTINGS(false),
        SET_COMMISSION_RATE(false),
        INVITE_CASHIER(false),
        RECORD_DEPOSIT(false),
        RECORD_DEPOSIT_BY_API(true),
        RECORD_WITHDRAWAL(false),
        READ_DEPOSIT_RECEIPT(false),
        PRINT_LABELS(false),
        READ_COOPERATIVE_CONSIGNMENTS(false),
        READ_COOPERATIVE_RECEIPT(false);

        final boolean api;

        Action(boolean api) {
            this.api = api;
        }
    }

    static final Map<Action, Set<Who>> ALLOWED = Map.ofEntries(
            Map.entry(Action.READ_MANAGEMENT_PAGE, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.EDIT_STOREFRONT, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.ADD_CERTIFICATION, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.EDIT_PROFILE_BY_API, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.LIST_APPLICATIONS, Set.of(Who.ADMIN)),
            Map.entry(Action.VERIFY_APPLICATION, Set.of(Who.ADMIN)),
            Map.entry(Action.SUSPEND_COOPERATIVE, Set.of(Who.ADMIN)),
            Map.entry(Action.MANAGE_USERS, Set.of(Who.ADMIN)),
            Map.entry(Action.EDIT_PRODUCT, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.EDIT_PRODUCT_BY_API, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.LIST_ORDERS, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.ACCEPT_ORDER_PART, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.SET_DELIVERY_FEES, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.CHOOSE_NOTICE_CHANNEL, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.READ_SHOP_SETTINGS, Set.of(Who.SHOP_MANAGER, Who.ADMIN)),
            Map.entry(Action.EDIT_SHOP_SETTINGS, Set.of(Who.SHOP_MANAGER, Who.ADMIN)),
            Map.entry(Action.SET_COMMISSION_RATE, Set.of(Who.SHOP_MANAGER, Who.ADMIN)),
            Map.entry(Action.INVITE_CASHIER, Set.of(Who.SHOP_MANAGER, Who.ADMIN)),
            Map.entry(Action.RECORD_DEPOSIT, Set.of(Who.SHOP_MANAGER, Who.ADMIN)),
            Map.entry(Action.RECORD_DEPOSIT_BY_API, Set.of(Who.SHOP_MANAGER, Who.ADMIN)),
            Map.entry(Action.RECORD_WITHDRAWAL, Set.of(Who.SHOP_MANAGER, Who.ADMIN)),
            Map.entry(Action.READ_DEPOSIT_RECEIPT, Set.of(Who.SHOP_MANAGER, Who.ADMIN)),
            Map.entry(Action.PRINT_LABELS, Set.of(Who.SHOP_MANAGER, Who.ADMIN)),
            Map.entry(Action.READ_COOPERATIVE_CONSIGNMENTS, Set.of(Who.OWN_MANAGER, Who.ADMIN)),
            Map.entry(Action.READ_COOPERATIVE_RECEIPT, Set.of(Who.OWN_MANAGER, Who.ADMIN)));

    /** The manager of a shop of her own, made once for the table. */
    private static TaawunUser otherShopManager;

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (Action action : Action.values()) {
            for (Who who : Who.values()) {
                rows.add(Arguments.of(action, who, ALLOWED.get(action).contains(who)));
            }
        }
        return rows.stream();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrderFixtures orders;

    @Autowired
    OrderPlacement placement;

    @Autowired
    NoticeChannels channels;

    @Autowired
    ConsignmentRecorder consignments;

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("table")
    void onlyTheRightPeopleMayAct(Action action, Who who, boolean allowed) throws Exception {
        UUID coop = DemoIds.COOP_ARGAN;
        String marker = "story " + UUID.randomUUID();
        UUID target = switch (action) {
            case VERIFY_APPLICATION -> fixtures.pendingCooperative();
            case SUSPEND_COOPERATIVE -> fixtures.verifiedCooperative();
            case EDIT_PRODUCT, EDIT_PRODUCT_BY_API -> product();
            case ACCEPT_ORDER_PART -> orderPart();
            case RECORD_DEPOSIT, RECORD_DEPOSIT_BY_API, RECORD_WITHDRAWAL -> product();
            case READ_DEPOSIT_RECEIPT, PRINT_LABELS, READ_COOPERATIVE_RECEIPT -> deposit();
            default -> coop;
        };
        UUID shop = DemoIds.SHOP_KHOURIBGA;
        String targetState = state(action, target);
        String storyBefore = story(coop);
        long certificationsBefore = certifications(coop);
        String statusBefore = action.ordinal() <= Action.MANAGE_USERS.ordinal() ? fixtures.status(target) : null;

        MockHttpServletRequestBuilder request = switch (action) {
            case READ_MANAGEMENT_PAGE -> get("/manage/cooperatives/{id}", coop);
            case EDIT_STOREFRONT ->
                post("/manage/cooperatives/{id}", coop)
                        .param("slug", "tiwizi-argan")
                        .param("storyFr", marker);
            case ADD_CERTIFICATION ->
                post("/manage/cooperatives/{id}/certifications", coop)
                        .param("kind", "ORGANIC")
                        .param("reference", "BIO-" + marker.hashCode());
            case EDIT_PROFILE_BY_API ->
                put("/api/v1/cooperatives/{id}/profile", coop)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"slug\":\"tiwizi-argan\",\"storyFr\":\"" + marker + "\"}");
            case LIST_APPLICATIONS -> get("/admin/cooperatives");
            case VERIFY_APPLICATION -> post("/admin/cooperatives/{id}/verify", target);
            case SUSPEND_COOPERATIVE ->
                post("/admin/cooperatives/{id}/suspend", target).param("reason", "test");
            case MANAGE_USERS -> get("/admin/users");
            case EDIT_PRODUCT ->
                post("/manage/products/{id}", target)
                        .param("nameFr", marker)
                        .param("category", "POTTERY")
                        .param("variants[0].price", "11")
                        .param("variants[0].stock", "3")
                        .param("variants[0].stockRead", "5");
            case EDIT_PRODUCT_BY_API ->
                put("/api/v1/products/{id}", target)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameFr\":\"" + marker + "\",\"category\":\"POTTERY\","
                                + "\"variants\":[{\"price\":11,\"stock\":3,\"stockRead\":5}]}");
            case LIST_ORDERS -> get("/manage/cooperatives/{id}/orders", coop);
            case ACCEPT_ORDER_PART -> post("/manage/orders/{id}/status", target).param("status", "ACCEPTED");
            case SET_DELIVERY_FEES ->
                post("/manage/cooperatives/{id}/delivery", coop).param("defaultFee", "1" + marker.length());
            case CHOOSE_NOTICE_CHANNEL ->
                post("/manage/cooperatives/{id}/notices", coop)
                        .param("channel", "WHATSAPP".equals(targetState) ? "SMS" : "WHATSAPP");
            case READ_SHOP_SETTINGS -> get("/shop/{id}/settings", shop);
            case EDIT_SHOP_SETTINGS ->
                post("/shop/{id}/settings", shop)
                        .param("nameAr", "سوق الاتحاد الوطني لنساء المغرب خريبكة")
                        .param("nameFr", "UNFM Market Khouribga")
                        .param("address", "Avenue Hassan II, Khouribga")
                        .param("city", "Khouribga")
                        .param("regionCode", "MA-05")
                        .param("hours", "7/7 " + marker.hashCode())
                        .param("currency", "MAD")
                        .param("maxLineDiscount", "10");
            case SET_COMMISSION_RATE ->
                post("/shop/{id}/rates", shop)
                        .param("scope", "CATEGORY")
                        .param("category", "CARPETS")
                        .param("rate", "10");
            case INVITE_CASHIER -> post("/shop/{id}/cashiers", shop).param("email", fixtures.uniqueEmail());
            case RECORD_DEPOSIT ->
                post("/shop/{id}/deposits", shop)
                        .param("cooperativeId", coop.toString())
                        .param("item", target.toString())
                        .param("quantity", "1")
                        .param("price", "12");
            case RECORD_DEPOSIT_BY_API ->
                post("/api/v1/shops/{id}/deposits", shop)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cooperativeId\":\"" + coop + "\",\"lines\":[{\"productId\":\"" + target
                                + "\",\"quantity\":1,\"unitPrice\":{\"amount\":\"12.00\",\"currency\":\"MAD\"}}]}");
            case RECORD_WITHDRAWAL ->
                post("/shop/{id}/withdrawals", shop)
                        .param("cooperativeId", coop.toString())
                        .param("item", target.toString())
                        .param("quantity", "1");
            case READ_DEPOSIT_RECEIPT -> get("/shop/{id}/consignments/{c}/receipt.pdf", shop, target);
            case PRINT_LABELS -> get("/shop/{id}/consignments/{c}/labels.pdf", shop, target);
            case READ_COOPERATIVE_CONSIGNMENTS -> get("/manage/cooperatives/{id}/consignments", coop);
            case READ_COOPERATIVE_RECEIPT ->
                get("/manage/cooperatives/{id}/consignments/{c}/receipt.pdf", coop, target);
        };
        if (!action.api) {
            request = request.with(csrf());
        }
        if (who == Who.OTHER_SHOP_MANAGER) {
            if (otherShopManager == null) {
                otherShopManager = fixtures.shopManager(fixtures.shop());
            }
            request = request.with(user(fixtures.user(otherShopManager.getUsername())));
        } else if (who.email != null) {
            request = request.with(user(fixtures.user(who.email)));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        if (allowed) {
            assertThat(response.getStatus()).as("status").isBetween(200, 399);
            assertThat(String.valueOf(response.getRedirectedUrl()))
                    .as("not sent to sign in")
                    .doesNotContain("/login");
            return;
        }
        if (who == Who.VISITOR) {
            if (action.api) {
                assertThat(response.getStatus()).isEqualTo(401);
                assertThat(response.getContentType()).startsWith("application/problem+json");
            } else {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).endsWith("/login");
            }
        } else {
            assertThat(response.getStatus()).isEqualTo(403);
        }
        assertThat(story(coop)).as("story unchanged").isEqualTo(storyBefore);
        assertThat(certifications(coop)).as("certifications unchanged").isEqualTo(certificationsBefore);
        if (statusBefore != null) {
            assertThat(fixtures.status(target)).as("status unchanged").isEqualTo(statusBefore);
        }
        assertThat(state(action, target)).as("target unchanged").isEqualTo(targetState);
    }

    /** What a refused action must leave as it was. */
    private String state(Action action, UUID target) {
        return switch (action) {
            case EDIT_PRODUCT, EDIT_PRODUCT_BY_API ->
                jdbc.sql("select coalesce(name_fr, '') from catalog.products where id = ?")
                        .param(target)
                        .query(String.class)
                        .single();
            case ACCEPT_ORDER_PART ->
                jdbc.sql("select status from ordering.order_parts where id = ?")
                        .param(target)
                        .query(String.class)
                        .single();
            case SET_DELIVERY_FEES ->
                jdbc.sql("select coalesce(max(default_fee)::text, '') from ordering.delivery_settings"
                                + " where cooperative_id = ?")
                        .param(target)
                        .query(String.class)
                        .single();
            case CHOOSE_NOTICE_CHANNEL ->
                jdbc.sql("select coalesce(max(channel), '') from ordering.notice_settings where cooperative_id = ?")
                        .param(target)
                        .query(String.class)
                        .single();
            case EDIT_SHOP_SETTINGS ->
                jdbc.sql("select coalesce(hours, '') from shop.shops where id = ?")
                        .param(DemoIds.SHOP_KHOURIBGA)
                        .query(String.class)
                        .single();
            case SET_COMMISSION_RATE ->
                count("select count(*) from shop.commission_rates where shop_id = ?", DemoIds.SHOP_KHOURIBGA);
            case INVITE_CASHIER ->
                count("select count(*) from identity.one_time_tokens where shop_id = ?", DemoIds.SHOP_KHOURIBGA);
            case RECORD_DEPOSIT, RECORD_DEPOSIT_BY_API, RECORD_WITHDRAWAL ->
                count("select count(*) from shop.consignments where shop_id = ?", DemoIds.SHOP_KHOURIBGA) + "/"
                        + count(
                                "select coalesce(sum(on_hand), 0) from inventory.stock_levels where variant_id = ?",
                                target);
            default -> "";
        };
    }

    private String count(String sql, UUID id) {
        return String.valueOf(jdbc.sql(sql).param(id).query(Long.class).single());
    }

    /** A deposit of one unit of a new product of the first demo cooperative at the demo shop. */
    private UUID deposit() {
        UUID item = product();
        return fixtures.asUser(
                "admin@taawun.test",
                () -> consignments
                        .record(
                                DemoIds.SHOP_KHOURIBGA,
                                ConsignmentKind.DEPOSIT,
                                new RecordConsignment(
                                        DemoIds.COOP_ARGAN,
                                        List.of(new RecordConsignment.Line(item, 1, Money.of("12", "MAD")))))
                        .id());
    }

    /** The demo cooperative hears of its orders by SMS again, as the other tests expect. */
    @AfterEach
    void smsAgain() {
        channels.choose(DemoIds.COOP_ARGAN, "SMS");
    }

    private UUID product() {
        return orders.product("manager1@taawun.test", DemoIds.COOP_ARGAN, "Objet " + UUID.randomUUID(), "10.00", 5);
    }

    private UUID orderPart() {
        UUID item = product();
        return placement
                .place(
                        new PlaceOrder(
                                List.of(new PlaceOrder.Line(item, 1)),
                                new PlaceOrder.Delivery(DeliveryMethod.HOME, null),
                                Payment.CASH_ON_DELIVERY,
                                new PlaceOrder.CustomerDetails("Test", "0612345678", "Rue 1", "Rabat", null)),
                        null,
                        null)
                .parts()
                .get(0)
                .id();
    }

    private String story(UUID coop) {
        return jdbc.sql("select coalesce(story_fr, '') from cooperative.cooperatives where id = ?")
                .param(coop)
                .query(String.class)
                .single();
    }

    private long certifications(UUID coop) {
        return jdbc.sql("select count(*) from cooperative.certifications where cooperative_id = ?")
                .param(coop)
                .query(Long.class)
                .single();
    }
}

package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.shop.domain.CashCount;
import org.taawun.shop.domain.CashSessionService;

/**
 * Who may call each cash session endpoint: the cashier of the shop (whose session it is), a cashier of another shop,
 * the shop's manager, a cooperative manager, a customer and someone not signed in. Pages and page JSON are reached
 * with the session (and CSRF token), the API with a Bearer token. A refusal changes nothing.
 */
@TaawunTest
class CashSessionAccessTest {

    /** Who calls. */
    enum Who {
        CASHIER,
        OTHER_SHOP_CASHIER,
        SHOP_MANAGER,
        COOP_MANAGER,
        CUSTOMER,
        ANONYMOUS
    }

    /** Not signed in on a page: sent to the sign-in page. */
    private static final int SIGN_IN = 302;

    private static final String COUNTS = "{\"counts\":[{\"denomination\":\"10\",\"count\":1}]}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TillRows rows;

    @Autowired
    CashSessionService sessions;

    UUID shop;
    Map<Who, TaawunUser> users = new LinkedHashMap<>();
    Map<Who, String> tokens = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();

    @BeforeEach
    void people() throws Exception {
        shop = fixtures.shop();
        users.put(Who.CASHIER, rows.cashier(shop));
        users.put(Who.OTHER_SHOP_CASHIER, rows.cashier(fixtures.shop()));
        users.put(Who.SHOP_MANAGER, fixtures.shopManager(shop));
        users.put(Who.COOP_MANAGER, fixtures.staff(Role.COOP_MANAGER));
        users.put(Who.CUSTOMER, fixtures.user(fixtures.customer(Fixtures.PASSWORD)));
    }

    @Test
    void openingAndTheTillsReads() throws Exception {
        check(
                "open (page JSON)",
                () -> json(post("/shop/{s}/till/sessions", shop), "{\"openingFloat\":\"10\"}"),
                expect(201, 403, 201, 403, 403, SIGN_IN));
        check(
                "current (page JSON)",
                () -> get("/shop/{s}/till/sessions/current", shop),
                expect(200, 403, 200, 403, 403, SIGN_IN));
        check(
                "denominations",
                () -> get("/shop/{s}/till/denominations", shop),
                expect(200, 403, 200, 403, 403, SIGN_IN));
        assertThat(problems).isEmpty();
        assertThat(rows.sessionsOf(shop)).isEqualTo(2);
    }

    @Test
    void openingThroughTheApi() throws Exception {
        checkApi(
                "open (API)",
                () -> json(post("/api/v1/shops/{s}/cash-sessions", shop), "{\"openingFloat\":\"10\"}"),
                expect(201, 403, 201, 403, 403, 401));
        assertThat(problems).isEmpty();
        assertThat(rows.sessionsOf(shop)).isEqualTo(2);
    }

    @Test
    void closingIsTheSessionsCashiersOrTheManagers() throws Exception {
        UUID session = openedByCashier();
        String path = "/shop/{s}/till/sessions/{id}/closing";
        check(
                "closing (page JSON) refused",
                () -> json(post(path, shop, session), COUNTS),
                expect(-1, 403, -1, 403, 403, SIGN_IN));
        TaawunUser colleague = rows.cashier(shop);
        int byColleague = mvc.perform(json(post(path, shop, session), COUNTS)
                        .with(user(colleague))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(byColleague).as("another cashier of the shop").isEqualTo(403);
        assertThat(rows.status(session)).isEqualTo("OPEN");
        check("closing (page JSON)", () -> json(post(path, shop, session), COUNTS), expect(200, -1, 200, -1, -1, -1));

        UUID second = openedByCashier();
        String api = "/api/v1/shops/{s}/cash-sessions/{id}/closing";
        checkApi(
                "closing (API) refused",
                () -> json(post(api, shop, second), COUNTS),
                expect(-1, 403, -1, 403, 403, 401));
        assertThat(rows.status(second)).isEqualTo("OPEN");
        checkApi("closing (API)", () -> json(post(api, shop, second), COUNTS), expect(200, -1, 200, -1, -1, -1));
        assertThat(problems).isEmpty();
        assertThat(rows.status(second)).isEqualTo("CLOSED");
    }

    @Test
    void theManagersPagesApprovalAndTheZReport() throws Exception {
        UUID session = openedByCashier();
        Fixtures.as(users.get(Who.CASHIER), () -> sessions.close(shop, session, List.of(new CashCount("10", 1))));
        check("list", () -> get("/shop/{s}/cash-sessions", shop), expect(403, 403, 200, 403, 403, SIGN_IN));
        check(
                "detail",
                () -> get("/shop/{s}/cash-sessions/{id}", shop, session),
                expect(403, 403, 200, 403, 403, SIGN_IN));
        check(
                "Z report",
                () -> get("/shop/{s}/cash-sessions/{id}/z-report.pdf", shop, session),
                expect(200, 403, 200, 403, 403, SIGN_IN));
        check(
                "approval refused",
                () -> post("/shop/{s}/cash-sessions/{id}/approval", shop, session),
                expect(403, 403, -1, 403, 403, SIGN_IN));
        assertThat(rows.status(session)).isEqualTo("CLOSED");
        check(
                "approval",
                () -> post("/shop/{s}/cash-sessions/{id}/approval", shop, session),
                expect(-1, -1, 302, -1, -1, -1));
        assertThat(problems).isEmpty();
        assertThat(rows.status(session)).isEqualTo("APPROVED");
    }

    private UUID openedByCashier() {
        return Fixtures.as(users.get(Who.CASHIER), () -> sessions.open(shop, new BigDecimal("10"), null))
                .id();
    }

    /** Expected statuses in the order of {@link Who}; -1 skips that caller. */
    private static Map<Who, Integer> expect(int... statuses) {
        Map<Who, Integer> expected = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            expected.put(who, statuses[who.ordinal()]);
        }
        return expected;
    }

    interface Request {
        MockHttpServletRequestBuilder build();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Through pages and page JSON: signed in with a session, with the CSRF token. */
    private void check(String what, Request request, Map<Who, Integer> expected) throws Exception {
        for (Map.Entry<Who, Integer> e : expected.entrySet()) {
            if (e.getValue() < 0) {
                continue;
            }
            MockHttpServletRequestBuilder builder = request.build().with(csrf());
            if (e.getKey() != Who.ANONYMOUS) {
                builder = builder.with(user(users.get(e.getKey())));
            }
            record(
                    what,
                    e.getKey(),
                    e.getValue(),
                    mvc.perform(builder).andReturn().getResponse().getStatus());
        }
    }

    /** Through the API: a Bearer token of the caller's account, none for the anonymous caller. */
    private void checkApi(String what, Request request, Map<Who, Integer> expected) throws Exception {
        for (Map.Entry<Who, Integer> e : expected.entrySet()) {
            if (e.getValue() < 0) {
                continue;
            }
            MockHttpServletRequestBuilder builder = request.build();
            if (e.getKey() != Who.ANONYMOUS) {
                builder = builder.header("Authorization", "Bearer " + token(e.getKey()));
            }
            record(
                    what,
                    e.getKey(),
                    e.getValue(),
                    mvc.perform(builder).andReturn().getResponse().getStatus());
        }
    }

    private void record(String what, Who who, int expected, int actual) {
        if (expected != actual) {
            problems.add(what + " by " + who + ": " + actual + " instead of " + expected);
        }
    }

    private String token(Who who) throws Exception {
        if (!tokens.containsKey(who)) {
            String body = mvc.perform(post("/api/v1/auth/tokens")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":\"" + users.get(who).getUsername() + "\",\"password\":\""
                                    + Fixtures.PASSWORD + "\"}"))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            tokens.put(who, JsonPath.read(body, "$.token"));
        }
        return tokens.get(who);
    }
}

package org.taawun.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.TillRows.Payment;
import org.taawun.shop.domain.CashCount;
import org.taawun.shop.domain.CashSession;
import org.taawun.shop.domain.CashSessionService;
import org.taawun.shop.domain.CashSessionStatus;
import org.taawun.shop.domain.SessionAlreadyOpenException;

/** Cash sessions: opening with a float, closing by count (expected cash exact), once; approval; the Z report. */
@TaawunTest
class CashSessionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TillRows rows;

    @Autowired
    CashSessionService sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClosedSessions closedSessions;

    @Test
    void aCashierOpensOneSessionAndASecondIsRefusedNamingTheOpenOne() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser cashier = rows.cashier(shop);
        String id = JsonPath.read(
                openPage(shop, cashier, "{\"openingFloat\":{\"amount\":\"500.00\",\"currency\":\"MAD\"}}")
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.shopId").value(shop.toString()))
                        .andExpect(jsonPath("$.cashierId").value(cashier.id().toString()))
                        .andExpect(jsonPath("$.status").value("OPEN"))
                        .andExpect(jsonPath("$.openingFloat.amount").value("500.00"))
                        .andExpect(jsonPath("$.openingFloat.currency").value("MAD"))
                        .andExpect(jsonPath("$.currency").value("MAD"))
                        .andExpect(jsonPath("$.openedAt").exists())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        openPage(shop, cashier, "{\"openingFloat\":\"100\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("session-already-open"))
                .andExpect(jsonPath("$.sessionId").value(id))
                .andExpect(jsonPath("$.detail").value("You already have an open cash session at this shop."));
        mvc.perform(get("/shop/{s}/till/sessions/current", shop).with(user(cashier)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        assertThat(rows.sessionsOf(shop)).isEqualTo(1);

        // another cashier of the shop has none yet: 404, and may open her own
        TaawunUser colleague = rows.cashier(shop);
        mvc.perform(get("/shop/{s}/till/sessions/current", shop)
                        .with(user(colleague))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("no-open-session"))
                .andExpect(jsonPath("$.detail").value("You have no open cash session at this shop."));
        openPage(shop, colleague, "{\"openingFloat\":0}").andExpect(status().isCreated());
    }

    @Test
    void twoClicksAtOnceOpenOneSession() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser cashier = rows.cashier(shop);
        List<Object> results = race(
                4,
                () -> Fixtures.as(cashier, () -> {
                    try {
                        return sessions.open(shop, new java.math.BigDecimal("200"), null);
                    } catch (SessionAlreadyOpenException e) {
                        return e;
                    }
                }));
        List<CashSession> opened = results.stream()
                .filter(CashSession.class::isInstance)
                .map(CashSession.class::cast)
                .toList();
        assertThat(opened).hasSize(1);
        assertThat(results)
                .filteredOn(SessionAlreadyOpenException.class::isInstance)
                .hasSize(3)
                .allSatisfy(e -> assertThat(((SessionAlreadyOpenException) e).sessionId())
                        .isEqualTo(opened.get(0).id()));
        assertThat(rows.sessionsOf(shop)).isEqualTo(1);
    }

    @Test
    void aBadFloatIsRefusedOnItsFieldInTheCallersLanguageAndOpensNothing() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser cashier = rows.cashier(shop);
        openPage(shop, cashier, "{\"openingFloat\":\"-1.00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("openingFloat"))
                .andExpect(jsonPath("$.detail").value("The opening float cannot be negative."));
        mvc.perform(post("/shop/{s}/till/sessions", shop)
                        .with(user(cashier))
                        .with(csrf())
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"openingFloat\":{\"amount\":\"10\",\"currency\":\"TND\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("Le fonds de caisse doit être dans la devise de la boutique (MAD)."));
        openPage(shop, cashier, "{\"openingFloat\":\"10.005\"}").andExpect(status().isBadRequest());
        openPage(shop, cashier, "{\"openingFloat\":\"ten\"}").andExpect(status().isBadRequest());
        openPage(shop, cashier, "{}").andExpect(status().isBadRequest());
        openPage(shop, cashier, "not json").andExpect(status().isBadRequest());
        assertThat(rows.sessionsOf(shop)).isZero();
    }

    @Test
    void aCashierOfAnotherShopMayNotOpenASessionHere() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser stranger = rows.cashier(fixtures.shop());
        openPage(shop, stranger, "{\"openingFloat\":\"-5\"}").andExpect(status().isForbidden());
        openPage(shop, stranger, "{\"openingFloat\":\"50\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        assertThat(rows.sessionsOf(shop)).isZero();
    }

    @Test
    void expectedCashIsTheFloatPlusCashKeptMinusCashRefunded() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser cashier = rows.cashier(shop);
        UUID session = open(shop, cashier, "500.00");
        UUID cashSale = rows.sale(shop, session, cashier.id(), "150.00", "0", null, new Payment("CASH", "200", "150"));
        UUID cardSale =
                rows.sale(shop, session, cashier.id(), "300.00", "20.00", null, new Payment("CARD", "300", "300"));
        rows.sale(
                shop,
                session,
                cashier.id(),
                "100.00",
                "5.50",
                "LATE",
                new Payment("CASH", "40", "40"),
                new Payment("MOBILE", "60", "60"));
        rows.refund(shop, cashSale, session, cashier.id(), "CASH", "25.50");
        rows.refund(shop, cardSale, session, cashier.id(), "CARD", "100.00");
        // another session's cash is not in this drawer
        UUID other = open(shop, rows.cashier(shop), "0");
        rows.sale(shop, other, cashier.id(), "999.00", "0", null, new Payment("CASH", "999", "999"));

        // 500 + 150 + 40 - 25.50 = 664.50 expected; 3 x 200 + 50 + 10 = 660.00 counted
        closePage(
                        shop,
                        session,
                        cashier,
                        "{\"counts\":[{\"denomination\":\"200\",\"count\":3},"
                                + "{\"denomination\":\"50.00\",\"count\":1},{\"denomination\":10,\"count\":1},"
                                + "{\"denomination\":\"0.20\",\"count\":0}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(session.toString()))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.expectedCash.amount").value("664.50"))
                .andExpect(jsonPath("$.countedCash.amount").value("660.00"))
                .andExpect(jsonPath("$.difference.amount").value("-4.50"))
                .andExpect(jsonPath("$.difference.currency").value("MAD"))
                .andExpect(jsonPath("$.zReportUrl")
                        .value("/shop/" + shop + "/cash-sessions/" + session + "/z-report.pdf"));

        assertThat(rows.status(session)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject(
                        "select counts::text from shop.cash_sessions where id = ?", String.class, session))
                .isEqualTo("[{\"count\": 3, \"denomination\": \"200\"}, {\"count\": 1, \"denomination\": \"50\"},"
                        + " {\"count\": 1, \"denomination\": \"10\"}]");
        List<CashSessionClosed> closed = closedEvents(session);
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).expectedCash().amount()).isEqualByComparingTo("664.50");
        assertThat(closed.get(0).countedCash().amount()).isEqualByComparingTo("660.00");
        assertThat(closed.get(0).difference().amount()).isEqualByComparingTo("-4.50");
        assertThat(closed.get(0).shopId()).isEqualTo(shop);
        assertThat(closed.get(0).currency()).isEqualTo("MAD");
        assertThat(closed.get(0).closedAt()).isNotNull();

        // the same count again (a retry) answers the same closing; another count is refused
        closePage(
                        shop,
                        session,
                        cashier,
                        "{\"counts\":[{\"denomination\":\"200\",\"count\":3},"
                                + "{\"denomination\":\"50\",\"count\":1},{\"denomination\":\"10\",\"count\":1}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.difference.amount").value("-4.50"));
        closePage(shop, session, cashier, "{\"counts\":[{\"denomination\":\"200\",\"count\":4}]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("session-closed"));
        assertThat(closedEvents(session)).hasSize(1);
    }

    @Test
    void badCountsAreRefusedAndChangeNothing() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser cashier = rows.cashier(shop);
        UUID session = open(shop, cashier, "100");
        closePage(
                        shop,
                        session,
                        cashier,
                        "{\"counts\":[{\"denomination\":\"200\",\"count\":1},"
                                + "{\"denomination\":\"300\",\"count\":1}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("counts[1].denomination"))
                .andExpect(jsonPath("$.detail").value("Not a note or coin in MAD."));
        closePage(
                        shop,
                        session,
                        cashier,
                        "{\"counts\":[{\"denomination\":\"0.500\",\"count\":1},"
                                + "{\"denomination\":\"0.005\",\"count\":1}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("counts[1].denomination"));
        closePage(shop, session, cashier, "{\"counts\":[{\"denomination\":\"100\",\"count\":-1}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("counts[0].count"));
        closePage(shop, session, cashier, "{\"counts\":[{\"denomination\":\"100\",\"count\":1.5}]}")
                .andExpect(status().isBadRequest());
        closePage(
                        shop,
                        session,
                        cashier,
                        "{\"counts\":[{\"denomination\":\"100\",\"count\":1},"
                                + "{\"denomination\":\"100.00\",\"count\":2}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("counts[1].denomination"));
        closePage(shop, session, cashier, "{}").andExpect(status().isBadRequest());
        closePage(shop, session, cashier, "{\"counts\":[{\"denomination\":1e999999999,\"count\":1}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("counts[0].denomination"));
        closePage(shop, UUID.randomUUID(), cashier, "{\"counts\":[]}").andExpect(status().isNotFound());
        assertThat(rows.status(session)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject(
                        "select counts is null and expected_cash is null and closed_at is null from shop.cash_sessions"
                                + " where id = ?",
                        Boolean.class,
                        session))
                .isTrue();
        assertThat(closedEvents(session)).isEmpty();
    }

    @Test
    void twoNodesClosingAtOnceCloseOnceAndPublishOneEvent() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser cashier = rows.cashier(shop);
        UUID session = open(shop, cashier, "50");
        rows.sale(shop, session, cashier.id(), "20.00", "0", null, new Payment("CASH", "20", "20"));
        List<CashCount> counts = List.of(new CashCount("50", 1), new CashCount("20", 1));
        List<Object> results = race(2, () -> Fixtures.as(cashier, () -> sessions.close(shop, session, counts)));
        assertThat(results).hasSize(2).allSatisfy(r -> {
            CashSession s = (CashSession) r;
            assertThat(s.status()).isEqualTo(CashSessionStatus.CLOSED);
            assertThat(s.expectedCash().amount()).isEqualByComparingTo("70.00");
            assertThat(s.difference().amount()).isEqualByComparingTo("0");
        });
        assertThat(((CashSession) results.get(0)).closedAt()).isEqualTo(((CashSession) results.get(1)).closedAt());
        assertThat(closedEvents(session)).hasSize(1);

        // two different counts at once: one closes, the other is told the session is closed
        UUID second = open(shop, cashier, "0");
        java.util.concurrent.atomic.AtomicInteger coins = new java.util.concurrent.atomic.AtomicInteger();
        List<Object> raced = race(
                2,
                () -> Fixtures.as(cashier, () -> {
                    try {
                        return sessions.close(shop, second, List.of(new CashCount("1", coins.incrementAndGet())));
                    } catch (ProblemException e) {
                        return e.code();
                    }
                }));
        assertThat(raced).filteredOn(CashSession.class::isInstance).hasSize(1);
        assertThat(raced).filteredOn("session-closed"::equals).hasSize(1);
        assertThat(closedEvents(second)).hasSize(1);
    }

    @Test
    void theManagerOfTheShopApprovesAClosedSessionOnce() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser cashier = rows.cashier(shop);
        TaawunUser manager = fixtures.shopManager(shop);
        TaawunUser otherManager = fixtures.shopManager(fixtures.shop());
        UUID session = open(shop, cashier, "10");
        String approval = "/shop/{s}/cash-sessions/{id}/approval";

        mvc.perform(post(approval, shop, session).with(user(manager)).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(rows.status(session)).isEqualTo("OPEN");
        close(shop, session, cashier, List.of(new CashCount("10", 1)));

        mvc.perform(post(approval, shop, session).with(user(cashier)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(approval, shop, session).with(user(otherManager)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(approval, shop, session).with(user(manager)))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(rows.status(session)).isEqualTo("CLOSED");

        mvc.perform(post(approval, shop, session).with(user(manager)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(rows.status(session)).isEqualTo("APPROVED");
        Object[] first = approvedRow(session);
        assertThat(first[0]).isEqualTo(manager.id());
        mvc.perform(post(approval, shop, session).with(user(manager)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(approvedRow(session)).isEqualTo(first);
        // a closed session of another shop cannot be approved through this one
        mvc.perform(post(approval, fixtures.shop(), session).with(user(manager)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/shop/{s}/cash-sessions/{id}", shop, session)
                        .with(user(manager))
                        .header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Approuvée")));
    }

    @Test
    void theZReportIsAPdfWithTheSessionsFigures() throws Exception {
        UUID shop = fixtures.shop();
        TaawunUser cashier = rows.cashier(shop);
        TaawunUser manager = fixtures.shopManager(shop);
        UUID session = open(shop, cashier, "300.00");
        UUID sale = rows.sale(shop, session, cashier.id(), "120.00", "15.00", null, new Payment("CASH", "150", "120"));
        rows.sale(shop, session, cashier.id(), "80.00", "0", "STOCK", new Payment("CARD", "80", "80"));
        rows.sale(shop, session, cashier.id(), "45.00", "2.25", null, new Payment("MOBILE", "45", "45"));
        rows.refund(shop, sale, session, cashier.id(), "CASH", "12.00");
        String flagged = jdbc.queryForObject(
                "select number from shop.sales where cash_session_id = ? and flag = 'STOCK'", String.class, session);
        mvc.perform(get("/shop/{s}/cash-sessions/{id}/z-report.pdf", shop, session)
                        .with(user(manager)))
                .andExpect(status().isConflict()); // still open
        // 300 + 120 - 12 = 408.00 expected; 2 x 200 + 5 + 2 + 0.50 = 407.50 counted
        close(
                shop,
                session,
                cashier,
                List.of(
                        new CashCount("200", 2),
                        new CashCount("5", 1),
                        new CashCount("2", 1),
                        new CashCount("0.5", 1)));

        byte[] pdf = mvc.perform(get("/shop/{s}/cash-sessions/{id}/z-report.pdf", shop, session)
                        .with(user(cashier)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text)
                .contains("Rapport Z")
                .contains(session.toString())
                .contains("Test Staff")
                .contains("Fonds de caisse 300.00 MAD")
                .contains("Nombre de ventes 3")
                .contains("Nombre de retours 1")
                .contains("Encaissé - Espèces 120.00 MAD")
                .contains("Encaissé - Carte 80.00 MAD")
                .contains("Encaissé - Paiement mobile 45.00 MAD")
                .contains("Remboursé - Espèces 12.00 MAD")
                .contains("Remises accordées 17.25 MAD")
                .contains("Espèces attendues 408.00 MAD")
                .contains("Espèces comptées 407.50 MAD")
                .contains("Écart (compté - attendu) -0.50 MAD")
                .contains("200.00 MAD 2 400.00 MAD")
                .contains("0.50 MAD 1 0.50 MAD")
                .contains("Ventes signalées : 1")
                .contains(flagged)
                .contains("STOCK");
        mvc.perform(get("/shop/{s}/cash-sessions/{id}/z-report.pdf", shop, session)
                        .with(user(manager)))
                .andExpect(status().isOk());
        mvc.perform(get("/shop/{s}/cash-sessions/{id}/z-report.pdf", shop, session)
                        .with(user(rows.cashier(shop))))
                .andExpect(status().isForbidden());
    }

    @Test
    void tunisianShopsCountMillimes() throws Exception {
        UUID shop = fixtures.shop();
        jdbc.update("update shop.shops set currency = 'TND', country = 'TN' where id = ?", shop);
        TaawunUser cashier = rows.cashier(shop);
        mvc.perform(get("/shop/{s}/till/denominations", shop).with(user(cashier)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("TND"))
                .andExpect(jsonPath("$.denominations[0]").value("50"))
                .andExpect(jsonPath("$.denominations.length()").value(13))
                .andExpect(jsonPath("$.coins[0]").value("5"))
                .andExpect(jsonPath("$.notes[3]").value("5"));
        UUID session = open(shop, cashier, "20.500");
        closePage(
                        shop,
                        session,
                        cashier,
                        "{\"counts\":[{\"denomination\":\"20\",\"count\":1},"
                                + "{\"denomination\":\"0.5\",\"count\":1},{\"denomination\":\"0.010\",\"count\":3}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expectedCash.amount").value("20.500"))
                .andExpect(jsonPath("$.countedCash.amount").value("20.530"))
                .andExpect(jsonPath("$.difference.amount").value("0.030"));
    }

    private ResultActions openPage(UUID shop, TaawunUser who, String body) throws Exception {
        return mvc.perform(post("/shop/{s}/till/sessions", shop)
                .with(user(who))
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions closePage(UUID shop, UUID session, TaawunUser who, String body) throws Exception {
        return mvc.perform(post("/shop/{s}/till/sessions/{id}/closing", shop, session)
                .with(user(who))
                .with(csrf())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private UUID open(UUID shop, TaawunUser cashier, String openingFloat) {
        return Fixtures.as(cashier, () -> sessions.open(shop, new java.math.BigDecimal(openingFloat), null))
                .id();
    }

    private void close(UUID shop, UUID session, TaawunUser cashier, List<CashCount> counts) {
        Fixtures.as(cashier, () -> sessions.close(shop, session, counts));
    }

    private Object[] approvedRow(UUID session) {
        return jdbc.queryForObject(
                "select approved_by, approved_at from shop.cash_sessions where id = ?",
                (rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getTimestamp(2)},
                session);
    }

    private List<CashSessionClosed> closedEvents(UUID session) {
        return closedSessions.of(session);
    }

    /** Runs the action on that many threads released together; their results (or what they threw). */
    private static List<Object> race(int threads, Callable<Object> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

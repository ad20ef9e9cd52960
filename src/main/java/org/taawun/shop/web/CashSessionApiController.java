package org.taawun.shop.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.taawun.identity.AccessGuard;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.JsonBodies;
import org.taawun.shared.web.ProblemException;
import org.taawun.shared.web.Problems;
import org.taawun.shop.domain.CashSession;
import org.taawun.shop.domain.CashSessionService;
import org.taawun.shop.domain.Denominations;
import org.taawun.shop.domain.SessionAlreadyOpenException;
import tools.jackson.databind.JsonNode;

/**
 * Cash sessions for the till: open with a float, the caller's open session, the notes and coins to count, closing.
 * Each write has an API twin ({@code /api/v1}, Bearer token) and a page-JSON one ({@code /shop/.../till}, session
 * cookie and CSRF header) with the same bodies and answers. Who may sell at the shop is checked before the body is read.
 */
@RestController
class CashSessionApiController {

    /** A session as the till sees it. */
    record SessionJson(
            UUID id,
            UUID shopId,
            UUID cashierId,
            String status,
            Instant openedAt,
            Money openingFloat,
            String currency) {

        static SessionJson of(CashSession s) {
            return new SessionJson(
                    s.id(), s.shopId(), s.cashierId(), s.status().name(), s.openedAt(), s.openingFloat(), s.currency());
        }
    }

    /** A closed session's figures. */
    record ClosingJson(
            UUID id, String status, Money expectedCash, Money countedCash, Money difference, String zReportUrl) {

        static ClosingJson of(CashSession s) {
            return new ClosingJson(
                    s.id(),
                    s.status().name(),
                    s.expectedCash(),
                    s.countedCash(),
                    s.difference(),
                    "/shop/" + s.shopId() + "/cash-sessions/" + s.id() + "/z-report.pdf");
        }
    }

    /** The notes and coins of the shop's currency, largest first. */
    record DenominationsJson(String currency, List<String> denominations, List<String> notes, List<String> coins) {}

    private final CashSessionService sessions;
    private final AccessGuard guard;
    private final JsonBodies bodies;
    private final Problems problems;

    CashSessionApiController(CashSessionService sessions, AccessGuard guard, JsonBodies bodies, Problems problems) {
        this.sessions = sessions;
        this.guard = guard;
        this.bodies = bodies;
        this.problems = problems;
    }

    @PostMapping({"/api/v1/shops/{shopId}/cash-sessions", "/shop/{shopId}/till/sessions"})
    @Operation(
            summary = "Open a cash session",
            description = "For the shop's cashiers, managers and administrators: {\"openingFloat\":money} (money or a"
                    + " bare decimal in the shop's currency, >= 0). One open session per cashier and shop: a second"
                    + " is 409 session-already-open with the open one's sessionId.")
    ResponseEntity<SessionJson> open(@PathVariable UUID shopId, @RequestBody(required = false) byte[] body) {
        requireMaySellAt(shopId);
        TillBodies.Amount amount = TillBodies.money(tree(body).get("openingFloat"), "openingFloat");
        CashSession session = sessions.open(shopId, amount.amount(), amount.currency());
        return ResponseEntity.status(HttpStatus.CREATED).body(SessionJson.of(session));
    }

    /** The caller's open session at the shop; none: 404 {@code no-open-session} (problem details). */
    @GetMapping("/shop/{shopId}/till/sessions/current")
    SessionJson current(@PathVariable UUID shopId) {
        return sessions.current(shopId)
                .map(SessionJson::of)
                .orElseThrow(() -> ProblemException.notFound("no-open-session", "shop-sessions.error.no-open-session"));
    }

    @GetMapping("/shop/{shopId}/till/denominations")
    DenominationsJson denominations(@PathVariable UUID shopId) {
        String currency = sessions.currency(shopId);
        return new DenominationsJson(
                currency, Denominations.of(currency), Denominations.notes(currency), Denominations.coins(currency));
    }

    @PostMapping({
        "/api/v1/shops/{shopId}/cash-sessions/{sessionId}/closing",
        "/shop/{shopId}/till/sessions/{sessionId}/closing"
    })
    @Operation(
            summary = "Close a cash session with the count of the drawer",
            description = "For the session's cashier, the shop's managers and administrators:"
                    + " {\"counts\":[{\"denomination\":\"200\",\"count\":3}]}. Expected cash is the float plus cash"
                    + " kept by the session's sales minus cash refunded by its returns. Closed already: the same"
                    + " counts answer the same closing; other counts are 409 session-closed.")
    ClosingJson close(
            @PathVariable UUID shopId, @PathVariable UUID sessionId, @RequestBody(required = false) byte[] body) {
        requireMaySellAt(shopId);
        return ClosingJson.of(
                sessions.close(shopId, sessionId, TillBodies.counts(tree(body).get("counts"))));
    }

    @ExceptionHandler(SessionAlreadyOpenException.class)
    ProblemDetail alreadyOpen(SessionAlreadyOpenException e, Locale locale) {
        ProblemDetail problem = problems.build(e.status(), e.code(), e.messageKey(), locale);
        problem.setProperty("sessionId", e.sessionId());
        return problem;
    }

    private void requireMaySellAt(UUID shopId) {
        if (!guard.maySellAt(shopId)) {
            throw new AccessDeniedException("may not sell at shop " + shopId);
        }
    }

    private JsonNode tree(byte[] body) {
        return bodies.tree(body == null ? new byte[0] : body);
    }
}

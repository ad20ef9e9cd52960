package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.TaawunUser;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.shop.CashSessionClosed;
import org.taawun.shop.ShopView;
import org.taawun.shop.Shops;

/**
 * Cash sessions of a shop's till: a cashier opens one with a float, counts her drawer to close it, the manager approves
 * it. One open session per cashier and shop (a unique index, so two clicks or two nodes open one); a session closes
 * once (a conditional update, so a second click gets the same closing back and a different count a 409). Every method
 * checks who may act first.
 */
@Service
public class CashSessionService {

    /** A session with what its sales and returns add up to, and its shop. */
    public record Detail(ShopView shop, CashSession session, SessionFigures figures) {}

    private static final int LIST_SIZE = 100;
    private static final BigDecimal MAX_FLOAT = new BigDecimal("1000000000");

    private final CashSessionStore store;
    private final SessionFigureQueries figures;
    private final AccessGuard guard;
    private final Shops shops;
    private final ApplicationEventPublisher events;

    CashSessionService(
            CashSessionStore store,
            SessionFigureQueries figures,
            AccessGuard guard,
            Shops shops,
            ApplicationEventPublisher events) {
        this.store = store;
        this.figures = figures;
        this.guard = guard;
        this.shops = shops;
        this.events = events;
    }

    /**
     * Opens the caller's session at the shop with this float (in the shop's currency; {@code currency} may be null
     * when the client sent a bare amount). Not transactional: the insert is one statement, and when it loses a race
     * to the caller's other click the open session is read afresh to name it in the 409.
     */
    public CashSession open(UUID shopId, BigDecimal amount, String currency) {
        TaawunUser me = requireMaySellAt(shopId);
        ShopView shop = shop(shopId);
        Money openingFloat = checkedFloat(shop.currency(), amount, currency);
        Optional<CashSession> already = store.findOpen(shopId, me.id());
        if (already.isPresent()) {
            throw new SessionAlreadyOpenException(already.get().id());
        }
        CashSession session = new CashSession(
                UUID.randomUUID(),
                shopId,
                me.id(),
                me.displayName(),
                shop.currency(),
                openingFloat,
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                CashSessionStatus.OPEN,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null);
        try {
            store.insertOpen(session);
        } catch (DuplicateKeyException e) {
            throw new SessionAlreadyOpenException(
                    store.findOpen(shopId, me.id()).map(CashSession::id).orElseThrow(() -> e));
        }
        return session;
    }

    /** The caller's open session at the shop, if she has one. */
    @Transactional(readOnly = true)
    public Optional<CashSession> current(UUID shopId) {
        TaawunUser me = requireMaySellAt(shopId);
        return store.findOpen(shopId, me.id());
    }

    /** The shop's currency, whose notes and coins the till counts (for those who may sell there). */
    @Transactional(readOnly = true)
    public String currency(UUID shopId) {
        requireMaySellAt(shopId);
        return shop(shopId).currency();
    }

    /**
     * Closes the session with the cashier's count: expected cash (float + cash kept by its sales - cash refunded by
     * its returns) is worked out while the session's row is locked, so that no sale slips in between the sum and the
     * closing. The session's cashier, the shop's managers and administrators may close it. Closed already: the same
     * count gets the same closing back (a retry), another count a 409 {@code session-closed}.
     */
    @Transactional
    public CashSession close(UUID shopId, UUID sessionId, List<CashCount> counts) {
        TaawunUser me = requireMaySellAt(shopId);
        CashSession session = store.lock(shopId, sessionId).orElseThrow(CashSessionService::notFound);
        if (!session.cashierId().equals(me.id()) && !guard.mayManageShop(shopId)) {
            throw new AccessDeniedException("not the cashier of session " + sessionId);
        }
        List<CashCount> canonical = CashCounts.canonical(session.currency(), counts);
        if (!session.open()) {
            return sameClosing(session, canonical);
        }
        SessionFigures sums = figures.figures(sessionId, session.currency());
        Money expected = SessionFigureQueries.expectedCash(session.openingFloat(), sums);
        Money counted = new Money(CashCounts.total(canonical), session.currency());
        Instant closedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!store.close(sessionId, me.id(), closedAt, expected.amount(), counted.amount(), canonical)) {
            return sameClosing(store.find(shopId, sessionId).orElseThrow(), canonical);
        }
        CashSession closed = store.find(shopId, sessionId).orElseThrow();
        events.publishEvent(new CashSessionClosed(
                sessionId, shopId, closed.currency(), closedAt, expected, counted, closed.difference()));
        return closed;
    }

    private static CashSession sameClosing(CashSession session, List<CashCount> canonical) {
        if (session.counts().equals(canonical)) {
            return session;
        }
        throw ProblemException.conflict("session-closed", "shop-sessions.error.closed");
    }

    /** The shop's latest sessions, newest first (its managers and administrators). */
    @Transactional(readOnly = true)
    public List<CashSession> ofShop(UUID shopId) {
        guard.requireMayManageShop(shopId);
        return store.ofShop(shopId, LIST_SIZE);
    }

    /** A session of the shop with its figures (its managers and administrators). */
    @Transactional(readOnly = true)
    public Detail detail(UUID shopId, UUID sessionId) {
        guard.requireMayManageShop(shopId);
        CashSession session = store.find(shopId, sessionId).orElseThrow(CashSessionService::notFound);
        return new Detail(shop(shopId), session, figures.figures(sessionId, session.currency()));
    }

    /**
     * Approves a closed session (the shop's managers and administrators), once: a second click finds it approved and
     * changes nothing; an open session cannot be approved (409 {@code session-open}).
     */
    @Transactional
    public CashSession approve(UUID shopId, UUID sessionId) {
        guard.requireMayManageShop(shopId);
        TaawunUser me = guard.currentUser().orElseThrow();
        CashSession session = store.find(shopId, sessionId).orElseThrow(CashSessionService::notFound);
        if (session.open()) {
            throw ProblemException.conflict("session-open", "shop-sessions.error.open");
        }
        store.approve(shopId, sessionId, me.id(), Instant.now().truncatedTo(ChronoUnit.MICROS));
        return store.find(shopId, sessionId).orElseThrow();
    }

    /** The Z report of a closed session: for the shop's managers, administrators and the session's own cashier. */
    @Transactional(readOnly = true)
    public byte[] zReport(UUID shopId, UUID sessionId) {
        TaawunUser me = requireMaySellAt(shopId);
        CashSession session = store.find(shopId, sessionId).orElseThrow(CashSessionService::notFound);
        if (!session.cashierId().equals(me.id()) && !guard.mayManageShop(shopId)) {
            throw new AccessDeniedException("not the cashier of session " + sessionId);
        }
        if (session.open()) {
            throw ProblemException.conflict("session-open", "shop-sessions.error.open");
        }
        return ZReportPdf.render(shop(shopId), session, figures.figures(sessionId, session.currency()));
    }

    private TaawunUser requireMaySellAt(UUID shopId) {
        if (!guard.maySellAt(shopId)) {
            throw new AccessDeniedException("may not sell at shop " + shopId);
        }
        return guard.currentUser().orElseThrow();
    }

    private ShopView shop(UUID shopId) {
        return shops.find(shopId)
                .orElseThrow(() -> ProblemException.notFound("shop-not-found", "shop-sessions.error.shop-not-found"));
    }

    private static Money checkedFloat(String shopCurrency, BigDecimal amount, String currency) {
        if (amount == null) {
            throw new InvalidFieldException("openingFloat", "shop-sessions.error.float-missing");
        }
        if (currency != null && !currency.equals(shopCurrency)) {
            throw new InvalidFieldException("openingFloat", "shop-sessions.error.float-currency", shopCurrency);
        }
        if (amount.signum() < 0) {
            throw new InvalidFieldException("openingFloat", "shop-sessions.error.float-negative");
        }
        int scale = Currency.getInstance(shopCurrency).getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > scale || amount.compareTo(MAX_FLOAT) >= 0) {
            throw new InvalidFieldException("openingFloat", "shop-sessions.error.float-amount", shopCurrency);
        }
        return new Money(amount, shopCurrency);
    }

    private static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "session-not-found", "shop-sessions.error.not-found");
    }
}

package org.taawun.shop.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.shared.web.ProblemException;

/**
 * Which cash session a sale or a return goes to. Sessions are opened and closed elsewhere (the "sessions" part of the
 * till); this reads {@code shop.cash_sessions} only. A session row read here is share-locked until the caller's
 * transaction ends, so a closing (an UPDATE of that row) waits for a sale being filed in it and then counts it, and a
 * sale waits for a closing under way and then sees the session closed.
 *
 * <p>An online sale goes to an open session of the caller (the one named, else her open one at the shop): a closed one
 * is {@code session-closed}, none is {@code no-open-session} (409), someone else's is refused. An offline sale is never
 * refused for its session: it goes to the session it names, flagged {@code LATE} if that one closed meanwhile, or to
 * none, flagged {@code NO_SESSION}. A session of another shop is always refused.
 */
@Component
class TillSessions {

    /** Where the sale goes: a session (or none), and why the manager should look. */
    record Filing(UUID sessionId, Instant openedAt, String flag) {}

    private record Row(UUID shopId, UUID cashierId, String status, Instant openedAt) {}

    private final JdbcClient jdbc;

    TillSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Filing forSale(UUID shopId, UUID cashierId, UUID named, boolean offline) {
        if (named == null) {
            return open(shopId, cashierId)
                    .map(id -> new Filing(id, row(id).orElseThrow().openedAt(), null))
                    .orElseGet(() -> {
                        if (!offline) {
                            throw noOpenSession();
                        }
                        return new Filing(null, null, "NO_SESSION");
                    });
        }
        Optional<Row> row = row(named);
        if (row.isEmpty()) {
            if (!offline) {
                throw ProblemException.refused("unknown-session", "shop-sales.error.unknown-session");
            }
            return new Filing(null, null, "NO_SESSION");
        }
        Row session = row.get();
        if (!session.shopId().equals(shopId)) {
            throw ProblemException.refused("session-of-another-shop", "shop-sales.error.session-of-another-shop");
        }
        boolean open = "OPEN".equals(session.status());
        if (offline) {
            return new Filing(named, session.openedAt(), open ? null : "LATE");
        }
        if (!open) {
            throw ProblemException.conflict("session-closed", "shop-sales.error.session-closed");
        }
        if (!session.cashierId().equals(cashierId)) {
            throw ProblemException.refused("session-of-another-cashier", "shop-sales.error.session-of-another-cashier");
        }
        return new Filing(named, session.openedAt(), null);
    }

    /** The caller's open session at the shop, share-locked (a return's refund leaves its drawer); else 409. */
    UUID forReturn(UUID shopId, UUID cashierId) {
        UUID id = open(shopId, cashierId).orElseThrow(TillSessions::noOpenSession);
        Row session = row(id).orElseThrow();
        if (!"OPEN".equals(session.status())) {
            throw noOpenSession();
        }
        return id;
    }

    private Optional<UUID> open(UUID shopId, UUID cashierId) {
        return jdbc.sql("select id from shop.cash_sessions where shop_id = ? and cashier_id = ? and status = 'OPEN'")
                .params(shopId, cashierId)
                .query(UUID.class)
                .optional();
    }

    private Optional<Row> row(UUID id) {
        return jdbc.sql("select shop_id, cashier_id, status, opened_at from shop.cash_sessions where id = ? for share")
                .param(id)
                .query((rs, i) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    private static ProblemException noOpenSession() {
        return ProblemException.conflict("no-open-session", "shop-sales.error.no-open-session");
    }
}

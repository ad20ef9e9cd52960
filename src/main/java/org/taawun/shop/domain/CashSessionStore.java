package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.shared.money.Money;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of {@code shop.cash_sessions}. Every change of status is one conditional UPDATE (on the status it leaves), so
 * that a second click or a second node changes nothing: the caller learns from the row count whether it did it. No
 * access check here: the service checks.
 */
@Component
class CashSessionStore {

    private static final String COLUMNS = "id, shop_id, cashier_id, cashier_name, currency, opening_float, opened_at,"
            + " status, closed_at, closed_by, expected_cash, counted_cash, counts, approved_at, approved_by";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CashSessionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts an open session; a second open one of the cashier at the shop fails on the unique partial index. */
    void insertOpen(CashSession s) {
        jdbc.sql("insert into shop.cash_sessions (id, shop_id, cashier_id, cashier_name, currency, opening_float,"
                        + " opened_at, status) values (?, ?, ?, ?, ?, ?, ?, 'OPEN')")
                .params(
                        s.id(),
                        s.shopId(),
                        s.cashierId(),
                        s.cashierName(),
                        s.currency(),
                        s.openingFloat().amount(),
                        Timestamp.from(s.openedAt()))
                .update();
    }

    Optional<CashSession> find(UUID shopId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from shop.cash_sessions where id = ? and shop_id = ?")
                .params(id, shopId)
                .query(this::row)
                .optional();
    }

    /**
     * The session, its row locked until the caller's transaction ends: waits for the sales being recorded into it
     * (their insert holds a key-share lock on the row through the foreign key) and keeps new ones out meanwhile.
     */
    Optional<CashSession> lock(UUID shopId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from shop.cash_sessions where id = ? and shop_id = ? for update")
                .params(id, shopId)
                .query(this::row)
                .optional();
    }

    Optional<CashSession> findOpen(UUID shopId, UUID cashierId) {
        return jdbc.sql("select " + COLUMNS + " from shop.cash_sessions where shop_id = ? and cashier_id = ?"
                        + " and status = 'OPEN'")
                .params(shopId, cashierId)
                .query(this::row)
                .optional();
    }

    /** The shop's latest sessions, newest first. */
    List<CashSession> ofShop(UUID shopId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from shop.cash_sessions where shop_id = ?"
                        + " order by opened_at desc, id limit ?")
                .params(shopId, limit)
                .query(this::row)
                .list();
    }

    /** Closes the session if it is still open; false when it was not (closed meanwhile). */
    boolean close(
            UUID id, UUID closedBy, Instant closedAt, BigDecimal expected, BigDecimal counted, List<CashCount> counts) {
        return jdbc.sql("update shop.cash_sessions set status = 'CLOSED', closed_at = ?, closed_by = ?,"
                                + " expected_cash = ?, counted_cash = ?, counts = cast(? as jsonb)"
                                + " where id = ? and status = 'OPEN'")
                        .params(
                                Timestamp.from(closedAt),
                                closedBy,
                                expected,
                                counted,
                                json.writeValueAsString(counts),
                                id)
                        .update()
                == 1;
    }

    /** Approves the session if it is closed; false when it was not (open, or approved already). */
    boolean approve(UUID shopId, UUID id, UUID approvedBy, Instant approvedAt) {
        return jdbc.sql("update shop.cash_sessions set status = 'APPROVED', approved_at = ?, approved_by = ?"
                                + " where id = ? and shop_id = ? and status = 'CLOSED'")
                        .params(Timestamp.from(approvedAt), approvedBy, id, shopId)
                        .update()
                == 1;
    }

    private CashSession row(ResultSet rs, int i) throws SQLException {
        String currency = rs.getString("currency");
        String counts = rs.getString("counts");
        return new CashSession(
                rs.getObject("id", UUID.class),
                rs.getObject("shop_id", UUID.class),
                rs.getObject("cashier_id", UUID.class),
                rs.getString("cashier_name"),
                currency,
                money(rs.getBigDecimal("opening_float"), currency),
                instant(rs.getTimestamp("opened_at")),
                CashSessionStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("closed_at")),
                rs.getObject("closed_by", UUID.class),
                money(rs.getBigDecimal("expected_cash"), currency),
                money(rs.getBigDecimal("counted_cash"), currency),
                counts == null ? List.of() : json.readValue(counts, new TypeReference<List<CashCount>>() {}),
                instant(rs.getTimestamp("approved_at")),
                rs.getObject("approved_by", UUID.class));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

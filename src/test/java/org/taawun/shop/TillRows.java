package org.taawun.shop;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.taawun.Fixtures;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.identity.domain.ShopStaff;

/**
 * Till rows for the cash session tests, written with plain SQL into the V50 schema (the sales and returns are recorded
 * by another part of the till; these tests must not depend on its code): cashiers, sales with lines and payments,
 * returns with refunds.
 */
@Component
class TillRows {

    /** A payment: what the customer handed over and what the shop kept of it. */
    record Payment(String method, String tendered, String amount) {}

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private final JdbcTemplate jdbc;
    private final Fixtures fixtures;
    private final ShopStaff staff;

    TillRows(JdbcTemplate jdbc, Fixtures fixtures, ShopStaff staff) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        this.staff = staff;
    }

    /** A cashier listed at the shop, as she is once signed in. */
    TaawunUser cashier(UUID shopId) {
        TaawunUser user = fixtures.staff(Role.CASHIER);
        staff.add(user.id(), shopId, Role.CASHIER);
        return user;
    }

    /** A sale of one line (with this discount) into the session, paid as given; its id. */
    UUID sale(
            UUID shopId, UUID sessionId, UUID cashierId, String total, String discount, String flag, Payment... paid) {
        UUID id = UUID.randomUUID();
        int seq = SEQUENCE.incrementAndGet();
        Instant now = Instant.now();
        jdbc.update(
                "insert into shop.sales (id, shop_id, cash_session_id, cashier_id, number_year, number_seq, number,"
                        + " sold_at, recorded_at, currency, total, offline, flag, request_hash)"
                        + " values (?, ?, ?, ?, 2026, ?, ?, ?, ?, 'MAD', ?, false, ?, 'test')",
                id,
                shopId,
                sessionId,
                cashierId,
                seq,
                "R-2026-" + seq,
                Timestamp.from(now),
                Timestamp.from(now),
                new BigDecimal(total),
                flag);
        BigDecimal off = new BigDecimal(discount);
        jdbc.update(
                "insert into shop.sale_lines (sale_id, position, variant_id, cooperative_id, quantity, unit_price,"
                        + " discount, commission_rate) values (?, 1, ?, ?, 1, ?, ?, 10)",
                id,
                UUID.randomUUID(),
                UUID.randomUUID(),
                new BigDecimal(total).add(off),
                off);
        for (int i = 0; i < paid.length; i++) {
            jdbc.update(
                    "insert into shop.sale_payments (sale_id, position, method, tendered, amount)"
                            + " values (?, ?, ?, ?, ?)",
                    id,
                    i + 1,
                    paid[i].method(),
                    new BigDecimal(paid[i].tendered()),
                    new BigDecimal(paid[i].amount()));
        }
        return id;
    }

    /** A return of part of the sale, refunded from the session's drawer by this method; its id. */
    UUID refund(UUID shopId, UUID saleId, UUID sessionId, UUID by, String method, String amount) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into shop.sale_returns (id, sale_id, shop_id, cash_session_id, returned_at, recorded_by,"
                        + " total, request_hash) values (?, ?, ?, ?, now(), ?, ?, 'test')",
                id,
                saleId,
                shopId,
                sessionId,
                by,
                new BigDecimal(amount));
        jdbc.update(
                "insert into shop.sale_return_refunds (return_id, method, amount) values (?, ?, ?)",
                id,
                method,
                new BigDecimal(amount));
        return id;
    }

    String status(UUID sessionId) {
        return jdbc.queryForObject("select status from shop.cash_sessions where id = ?", String.class, sessionId);
    }

    int sessionsOf(UUID shopId) {
        return jdbc.queryForObject("select count(*) from shop.cash_sessions where shop_id = ?", Integer.class, shopId);
    }
}

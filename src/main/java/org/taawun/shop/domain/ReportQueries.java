package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's reads over the till's tables (no access check: {@link ShopReports} checks). Sales and returns of a
 * period are one list of movements: a sale line counts its units and amount (quantity x unit price - discount) when it
 * was sold, a returned line takes its units and refunded amount off when it was returned. Every read is bounded by the
 * shop and the period, and served by the indexes on (shop, sold_at) and on the returns' sale.
 */
@Component
class ReportQueries {

    /** Totals per key; {@code key} is whatever the query groups by (a day, a cooperative id, a category, an item id). */
    record Totals(
            Object key, UUID cooperativeId, long unitsSold, long unitsReturned, BigDecimal sold, BigDecimal returned) {}

    private static final String MOVEMENTS = "with movements as ("
            + " select s.sold_at as at, l.variant_id, l.cooperative_id, l.category, l.quantity as sold_units,"
            + " 0 as returned_units, l.quantity * l.unit_price - l.discount as sold, 0 as returned"
            + " from shop.sales s join shop.sale_lines l on l.sale_id = s.id"
            + " where s.shop_id = :shop and s.sold_at >= :start and s.sold_at < :end"
            + " union all"
            + " select r.returned_at, l.variant_id, l.cooperative_id, l.category, 0, rl.quantity, 0, rl.amount"
            + " from shop.sale_returns r join shop.sale_return_lines rl on rl.return_id = r.id"
            + " join shop.sale_lines l on l.sale_id = r.sale_id and l.position = rl.sale_position"
            + " where r.shop_id = :shop and r.returned_at >= :start and r.returned_at < :end) ";

    private static final String SUMS = "sum(sold_units), sum(returned_units), sum(sold), sum(returned)";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per day of the shop's calendar (only days with movements). */
    @Transactional(readOnly = true)
    List<Totals> perDay(UUID shopId, Instant start, Instant end, ZoneId zone) {
        return movements(
                        "select (at at time zone :zone)::date, null, " + SUMS + " from movements group by 1"
                                + " order by 1",
                        shopId,
                        start,
                        end)
                .param("zone", zone.getId())
                .query((rs, i) -> totals(rs, rs.getObject(1, LocalDate.class)))
                .list();
    }

    /** Per cooperative, the largest net amount first. */
    @Transactional(readOnly = true)
    List<Totals> perCooperative(UUID shopId, Instant start, Instant end) {
        return movements(
                        "select cooperative_id, cooperative_id, " + SUMS + " from movements group by 1"
                                + " order by sum(sold) - sum(returned) desc, 1",
                        shopId,
                        start,
                        end)
                .query((rs, i) -> totals(rs, rs.getObject(1, UUID.class)))
                .list();
    }

    /** Per category kept with the sale line, the largest net amount first. */
    @Transactional(readOnly = true)
    List<Totals> perCategory(UUID shopId, Instant start, Instant end) {
        return movements(
                        "select category, null, " + SUMS + " from movements group by 1"
                                + " order by sum(sold) - sum(returned) desc, 1",
                        shopId,
                        start,
                        end)
                .query((rs, i) -> totals(rs, rs.getString(1)))
                .list();
    }

    /** The items that sold the most units (net), then the largest amount. */
    @Transactional(readOnly = true)
    List<Totals> bestSellers(UUID shopId, Instant start, Instant end, int limit) {
        return movements(
                        "select variant_id, min(cooperative_id::text)::uuid, " + SUMS + " from movements"
                                + " group by 1 having sum(sold_units) - sum(returned_units) > 0"
                                + " order by sum(sold_units) - sum(returned_units) desc, sum(sold) - sum(returned) desc, 1"
                                + " limit :limit",
                        shopId,
                        start,
                        end)
                .param("limit", limit)
                .query((rs, i) -> totals(rs, rs.getObject(1, UUID.class)))
                .list();
    }

    private JdbcClient.StatementSpec movements(String select, UUID shopId, Instant start, Instant end) {
        return jdbc.sql(MOVEMENTS + select)
                .param("shop", shopId)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end));
    }

    private static Totals totals(ResultSet rs, Object key) throws SQLException {
        return new Totals(
                key,
                rs.getObject(2, UUID.class),
                rs.getLong(3),
                rs.getLong(4),
                rs.getBigDecimal(5),
                rs.getBigDecimal(6));
    }

    /** An item the shop ever received: its cooperative and the price agreed at the last deposit. */
    record Shelved(UUID variantId, UUID cooperativeId, BigDecimal price, String currency) {}

    @Transactional(readOnly = true)
    List<Shelved> shelved(UUID shopId) {
        return jdbc.sql("select variant_id, cooperative_id, price, currency from shop.shelf_items where shop_id = ?")
                .param(shopId)
                .query((rs, i) -> new Shelved(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    /**
     * The cooperative's items per shop that the shop received (its shelf items) or sold or took back between these
     * moments: the rows of her page, whether or not units are left.
     */
    @Transactional(readOnly = true)
    Map<UUID, Set<UUID>> itemsPerShop(UUID cooperativeId, Instant start, Instant end) {
        Map<UUID, Set<UUID>> result = new HashMap<>();
        jdbc.sql("select shop_id, variant_id from shop.shelf_items where cooperative_id = :coop"
                        + " union select s.shop_id, l.variant_id from shop.sale_lines l join shop.sales s on s.id = l.sale_id"
                        + " where l.cooperative_id = :coop and s.sold_at >= :start and s.sold_at < :end"
                        + " union select r.shop_id, l.variant_id from shop.sale_returns r"
                        + " join shop.sale_return_lines rl on rl.return_id = r.id"
                        + " join shop.sale_lines l on l.sale_id = r.sale_id and l.position = rl.sale_position"
                        + " where l.cooperative_id = :coop and r.returned_at >= :start and r.returned_at < :end")
                .param("coop", cooperativeId)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query((rs, i) -> result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return result;
    }

    /** A deposited quantity and when. */
    record Deposit(Instant at, int quantity) {}

    /** The shop's deposits per item, the newest first (withdrawals are not there: they take units, not age). */
    @Transactional(readOnly = true)
    Map<UUID, List<Deposit>> depositsNewestFirst(UUID shopId) {
        Map<UUID, List<Deposit>> result = new LinkedHashMap<>();
        jdbc.sql("select l.variant_id, c.recorded_at, l.quantity from shop.consignments c"
                        + " join shop.consignment_lines l on l.consignment_id = c.id"
                        + " where c.shop_id = ? and c.kind = 'DEPOSIT' order by l.variant_id, c.recorded_at desc")
                .param(shopId)
                .query((rs, i) -> result.computeIfAbsent(rs.getObject(1, UUID.class), v -> new ArrayList<>())
                        .add(new Deposit(rs.getTimestamp(2).toInstant(), rs.getInt(3))))
                .list();
        return result;
    }

    /** The moment each item last sold at the shop. */
    @Transactional(readOnly = true)
    Map<UUID, Instant> lastSales(UUID shopId) {
        Map<UUID, Instant> result = new HashMap<>();
        jdbc.sql("select l.variant_id, max(s.sold_at) from shop.sales s join shop.sale_lines l on l.sale_id = s.id"
                        + " where s.shop_id = ? group by l.variant_id")
                .param(shopId)
                .query((rs, i) -> result.put(
                        rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .list();
        return result;
    }

    /** A cooperative's units sold and returned at one shop in a period, per item. */
    @Transactional(readOnly = true)
    List<Totals> cooperativeAtShop(UUID cooperativeId, UUID shopId, Instant start, Instant end) {
        return movements(
                        "select variant_id, cooperative_id, " + SUMS + " from movements where cooperative_id = :coop"
                                + " group by 1, 2",
                        shopId,
                        start,
                        end)
                .param("coop", cooperativeId)
                .query((rs, i) -> totals(rs, rs.getObject(1, UUID.class)))
                .list();
    }
}

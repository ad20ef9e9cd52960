package org.taawun.shop.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.shared.money.Money;

/** Reads recorded deposits and withdrawals with their lines (no access check: callers check). */
@Component
class ConsignmentQueries {

    private static final String SELECT = "select c.id, c.shop_id, c.cooperative_id, c.kind, c.number, c.currency,"
            + " c.recorded_at, l.variant_id, l.quantity, l.unit_price, s.code from shop.consignments c"
            + " join shop.consignment_lines l on l.consignment_id = c.id"
            + " left join shop.shelf_items s on s.shop_id = c.shop_id and s.variant_id = l.variant_id ";

    private final JdbcClient jdbc;

    ConsignmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<Consignment> find(UUID id) {
        return collect(jdbc.sql(SELECT + "where c.id = ? order by l.position")
                        .param(id)
                        .query(ConsignmentQueries::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** The shop's latest notes, newest first. */
    @Transactional(readOnly = true)
    List<Consignment> ofShop(UUID shopId, int limit) {
        return collect(jdbc.sql(SELECT + "where c.id in (select id from shop.consignments where shop_id = ?"
                        + " order by recorded_at desc limit ?) order by c.recorded_at desc, c.id, l.position")
                .params(shopId, limit)
                .query(ConsignmentQueries::row)
                .list());
    }

    /** A cooperative's notes at every shop, newest first. */
    @Transactional(readOnly = true)
    List<Consignment> ofCooperative(UUID cooperativeId, int limit) {
        return collect(jdbc.sql(SELECT + "where c.id in (select id from shop.consignments where cooperative_id = ?"
                        + " order by recorded_at desc limit ?) order by c.recorded_at desc, c.id, l.position")
                .params(cooperativeId, limit)
                .query(ConsignmentQueries::row)
                .list());
    }

    /** The shop's code and agreed price of each of these variants that it ever received. */
    @Transactional(readOnly = true)
    Map<UUID, ShelfPrice> shelfPrices(UUID shopId) {
        Map<UUID, ShelfPrice> prices = new LinkedHashMap<>();
        jdbc.sql("select variant_id, code, price, currency from shop.shelf_items where shop_id = ?")
                .param(shopId)
                .query((rs, i) -> prices.put(
                        rs.getObject(1, UUID.class),
                        new ShelfPrice(rs.getString(2), new Money(rs.getBigDecimal(3), rs.getString(4)))))
                .list();
        return prices;
    }

    record ShelfPrice(String code, Money price) {}

    private record Row(Consignment head, Consignment.Line line) {}

    private static Row row(ResultSet rs, int i) throws SQLException {
        String currency = rs.getString("currency");
        Consignment head = new Consignment(
                rs.getObject("id", UUID.class),
                rs.getObject("shop_id", UUID.class),
                rs.getObject("cooperative_id", UUID.class),
                ConsignmentKind.valueOf(rs.getString("kind")),
                rs.getString("number"),
                currency,
                rs.getTimestamp("recorded_at").toInstant(),
                List.of());
        Consignment.Line line = new Consignment.Line(
                rs.getObject("variant_id", UUID.class),
                rs.getInt("quantity"),
                rs.getBigDecimal("unit_price") == null ? null : new Money(rs.getBigDecimal("unit_price"), currency),
                rs.getString("code"));
        return new Row(head, line);
    }

    private static List<Consignment> collect(List<Row> rows) {
        Map<UUID, Consignment> heads = new LinkedHashMap<>();
        Map<UUID, List<Consignment.Line>> lines = new LinkedHashMap<>();
        for (Row row : rows) {
            heads.putIfAbsent(row.head().id(), row.head());
            lines.computeIfAbsent(row.head().id(), id -> new ArrayList<>()).add(row.line());
        }
        return heads.values().stream()
                .map(h -> new Consignment(
                        h.id(),
                        h.shopId(),
                        h.cooperativeId(),
                        h.kind(),
                        h.number(),
                        h.currency(),
                        h.recordedAt(),
                        List.copyOf(lines.get(h.id()))))
                .toList();
    }
}

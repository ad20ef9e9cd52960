package org.taawun.shop.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.catalog.Catalog;
import org.taawun.catalog.ShelfItem;
import org.taawun.shared.money.Money;

/** Reads recorded sales (no access check: the callers check). */
@Component
class SaleQueries {

    private static final String SALE = "select id, number, shop_id, cash_session_id, cashier_id, sold_at, recorded_at,"
            + " currency, total, offline, flag from shop.sales";

    private final JdbcClient jdbc;
    private final Catalog catalog;

    SaleQueries(JdbcClient jdbc, Catalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    Optional<String> requestHash(UUID id) {
        return jdbc.sql("select request_hash from shop.sales where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<Sale> find(UUID id) {
        return jdbc.sql(SALE + " where id = ?").param(id).query(this::sale).optional();
    }

    Optional<Sale> findByNumber(UUID shopId, String number) {
        return jdbc.sql(SALE + " where shop_id = ? and number = ?")
                .params(shopId, number)
                .query(this::sale)
                .optional();
    }

    private Sale sale(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String currency = rs.getString("currency");
        return new Sale(
                id,
                rs.getString("number"),
                rs.getObject("shop_id", UUID.class),
                rs.getObject("cash_session_id", UUID.class),
                rs.getObject("cashier_id", UUID.class),
                rs.getTimestamp("sold_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(),
                currency,
                new Money(rs.getBigDecimal("total"), currency),
                rs.getBoolean("offline"),
                rs.getString("flag"),
                lines(id, currency),
                payments(id, currency));
    }

    private List<Sale.Line> lines(UUID saleId, String currency) {
        Map<Integer, Integer> returned = returned(saleId);
        List<Sale.Line> lines = jdbc.sql("select position, variant_id, cooperative_id, quantity, unit_price, discount,"
                        + " discount_reason, commission_rate from shop.sale_lines where sale_id = ? order by position")
                .param(saleId)
                .query((rs, i) -> new Sale.Line(
                        rs.getInt(1),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        null,
                        rs.getInt(4),
                        new Money(rs.getBigDecimal(5), currency),
                        new Money(rs.getBigDecimal(6), currency),
                        rs.getString(7),
                        rs.getBigDecimal(8),
                        returned.getOrDefault(rs.getInt(1), 0)))
                .list();
        Map<UUID, ShelfItem> items =
                catalog.shelfItems(lines.stream().map(Sale.Line::productId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(ShelfItem::id, Function.identity()));
        return lines.stream()
                .map(l -> new Sale.Line(
                        l.position(),
                        l.productId(),
                        l.cooperativeId(),
                        items.get(l.productId()),
                        l.quantity(),
                        l.unitPrice(),
                        l.discount(),
                        l.discountReason(),
                        l.commissionRate(),
                        l.returned()))
                .toList();
    }

    /** Units returned so far, per line of the sale. */
    Map<Integer, Integer> returned(UUID saleId) {
        Map<Integer, Integer> result = new HashMap<>();
        jdbc.sql("select l.sale_position, sum(l.quantity) from shop.sale_return_lines l join shop.sale_returns r"
                        + " on r.id = l.return_id where r.sale_id = ? group by l.sale_position")
                .param(saleId)
                .query((rs, i) -> result.put(rs.getInt(1), rs.getInt(2)))
                .list();
        return result;
    }

    private List<Sale.Payment> payments(UUID saleId, String currency) {
        return jdbc.sql("select method, tendered, amount, reference from shop.sale_payments where sale_id = ?"
                        + " order by position")
                .param(saleId)
                .query((rs, i) -> new Sale.Payment(
                        rs.getString(1),
                        new Money(rs.getBigDecimal(2), currency),
                        new Money(rs.getBigDecimal(3), currency),
                        rs.getString(4)))
                .list();
    }
}

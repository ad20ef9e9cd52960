package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.shared.money.Money;

/** Reads recorded returns and what a sale has refunded so far (no access check: the callers check). */
@Component
class ReturnQueries {

    private final JdbcClient jdbc;

    ReturnQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> requestHash(UUID id) {
        return jdbc.sql("select request_hash from shop.sale_returns where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<SaleReturn> find(UUID id, String currency) {
        return jdbc.sql("select sale_id, shop_id, cash_session_id, returned_at, total from shop.sale_returns"
                        + " where id = ?")
                .param(id)
                .query((rs, i) -> new SaleReturn(
                        id,
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant(),
                        new Money(rs.getBigDecimal(5), currency),
                        lines(id, currency),
                        refunds(id, currency)))
                .optional();
    }

    private List<SaleReturn.Line> lines(UUID returnId, String currency) {
        return jdbc.sql("select sale_position, quantity, amount from shop.sale_return_lines where return_id = ?"
                        + " order by sale_position")
                .param(returnId)
                .query((rs, i) ->
                        new SaleReturn.Line(rs.getInt(1), rs.getInt(2), new Money(rs.getBigDecimal(3), currency)))
                .list();
    }

    private Map<String, Money> refunds(UUID returnId, String currency) {
        Map<String, Money> refunds = new LinkedHashMap<>();
        jdbc.sql("select method, amount from shop.sale_return_refunds where return_id = ?")
                .param(returnId)
                .query((rs, i) -> refunds.put(rs.getString(1), new Money(rs.getBigDecimal(2), currency)))
                .list();
        Map<String, Money> ordered = new LinkedHashMap<>();
        RefundSplit.ORDER.stream().filter(refunds::containsKey).forEach(m -> ordered.put(m, refunds.get(m)));
        return ordered;
    }

    /** What the sale's earlier returns refunded, per method. */
    Map<String, Money> refundedPerMethod(UUID saleId, String currency) {
        Map<String, Money> result = new HashMap<>();
        jdbc.sql("select f.method, sum(f.amount) from shop.sale_return_refunds f join shop.sale_returns r"
                        + " on r.id = f.return_id where r.sale_id = ? group by f.method")
                .param(saleId)
                .query((rs, i) -> result.put(rs.getString(1), new Money(rs.getBigDecimal(2), currency)))
                .list();
        return result;
    }

    /** What the sale's earlier returns refunded, per line of the sale. */
    Map<Integer, BigDecimal> refundedPerLine(UUID saleId) {
        Map<Integer, BigDecimal> result = new HashMap<>();
        jdbc.sql("select l.sale_position, sum(l.amount) from shop.sale_return_lines l join shop.sale_returns r"
                        + " on r.id = l.return_id where r.sale_id = ? group by l.sale_position")
                .param(saleId)
                .query((rs, i) -> result.put(rs.getInt(1), rs.getBigDecimal(2)))
                .list();
        return result;
    }
}

package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.shared.money.Money;

/**
 * Adds up a session's sales ({@code shop.sales} filed into it, their payments and lines) and returns
 * ({@code shop.sale_returns} refunded from its drawer). Reads only; the caller checks access.
 */
@Component
class SessionFigureQueries {

    private final JdbcClient jdbc;

    SessionFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SessionFigures figures(UUID sessionId, String currency) {
        int sales = count("select count(*) from shop.sales where cash_session_id = ?", sessionId);
        int returns = count("select count(*) from shop.sale_returns where cash_session_id = ?", sessionId);
        Map<String, Money> kept = perMethod(
                "select p.method, sum(p.amount) from shop.sale_payments p join shop.sales s on s.id = p.sale_id"
                        + " where s.cash_session_id = ? group by p.method",
                sessionId,
                currency);
        Map<String, Money> refunded = perMethod(
                "select f.method, sum(f.amount) from shop.sale_return_refunds f"
                        + " join shop.sale_returns r on r.id = f.return_id where r.cash_session_id = ? group by f.method",
                sessionId,
                currency);
        BigDecimal discounts = jdbc.sql("select coalesce(sum(l.discount), 0) from shop.sale_lines l"
                        + " join shop.sales s on s.id = l.sale_id where s.cash_session_id = ?")
                .param(sessionId)
                .query(BigDecimal.class)
                .single();
        List<SessionFigures.FlaggedSale> flagged = jdbc.sql("select number, flag, sold_at, total from shop.sales"
                        + " where cash_session_id = ? and flag is not null order by sold_at, number")
                .param(sessionId)
                .query((rs, i) -> new SessionFigures.FlaggedSale(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        new Money(rs.getBigDecimal(4), currency)))
                .list();
        return new SessionFigures(sales, returns, kept, refunded, new Money(discounts, currency), flagged);
    }

    /** Float plus the cash the session's sales kept minus the cash its returns refunded. */
    static Money expectedCash(Money openingFloat, SessionFigures figures) {
        return new Money(
                openingFloat
                        .amount()
                        .add(figures.kept("CASH").amount())
                        .subtract(figures.refunded("CASH").amount()),
                openingFloat.currency());
    }

    private int count(String sql, UUID sessionId) {
        return jdbc.sql(sql).param(sessionId).query(Integer.class).single();
    }

    private Map<String, Money> perMethod(String sql, UUID sessionId, String currency) {
        Map<String, Money> totals = new LinkedHashMap<>();
        SessionFigures.METHODS.forEach(m -> totals.put(m, Money.zero(currency)));
        jdbc.sql(sql)
                .param(sessionId)
                .query((rs, i) -> {
                    totals.put(rs.getString(1), new Money(rs.getBigDecimal(2), currency));
                    return null;
                })
                .list();
        return totals;
    }
}

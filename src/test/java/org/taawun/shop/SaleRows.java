package org.taawun.shop;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.catalog.Category;

/**
 * Till sales and returns written straight into the till's tables (V50), as the sales helper's recorder writes them,
 * for tests of what reads them (reports). No session, no payment rows: the reports do not read them.
 */
@Component
public class SaleRows {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(500_000 + (int) (System.nanoTime() % 100_000));

    /** One line of a sale: quantity x unit price - discount. */
    public record Line(
            UUID variantId, UUID cooperativeId, Category category, int quantity, String unitPrice, String discount) {

        public Line(UUID variantId, UUID cooperativeId, Category category, int quantity, String unitPrice) {
            this(variantId, cooperativeId, category, quantity, unitPrice, "0");
        }

        BigDecimal total() {
            return new BigDecimal(unitPrice)
                    .multiply(BigDecimal.valueOf(quantity))
                    .subtract(new BigDecimal(discount));
        }
    }

    private final JdbcClient jdbc;

    SaleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A sale at the shop at that moment, in MAD; its id. Lines are numbered from 1. */
    public UUID sale(UUID shopId, Instant soldAt, Line... lines) {
        UUID id = UUID.randomUUID();
        int seq = SEQUENCE.incrementAndGet();
        int year = soldAt.atOffset(ZoneOffset.UTC).getYear();
        BigDecimal total = BigDecimal.ZERO;
        for (Line line : lines) {
            total = total.add(line.total());
        }
        jdbc.sql("insert into shop.sales (id, shop_id, cashier_id, number_year, number_seq, number, sold_at,"
                        + " recorded_at, currency, total, request_hash) values (?, ?, ?, ?, ?, ?, ?, ?, 'MAD', ?, ?)")
                .params(
                        id,
                        shopId,
                        UUID.randomUUID(),
                        year,
                        seq,
                        "R-" + year + "-" + seq,
                        Timestamp.from(soldAt),
                        Timestamp.from(soldAt),
                        total,
                        "test-" + id)
                .update();
        for (int i = 0; i < lines.length; i++) {
            Line line = lines[i];
            jdbc.sql("insert into shop.sale_lines (sale_id, position, variant_id, cooperative_id, category, quantity,"
                            + " unit_price, discount, commission_rate) values (?, ?, ?, ?, ?, ?, ?, ?, 15)")
                    .params(
                            id,
                            i + 1,
                            line.variantId(),
                            line.cooperativeId(),
                            line.category() == null ? null : line.category().name(),
                            line.quantity(),
                            new BigDecimal(line.unitPrice()),
                            new BigDecimal(line.discount()))
                    .update();
        }
        return id;
    }

    /** A return of units of one line of the sale at that moment, refunding the amount; its id. */
    public UUID returned(UUID shopId, UUID saleId, Instant at, int position, int quantity, String amount) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into shop.sale_returns (id, sale_id, shop_id, returned_at, recorded_by, total, request_hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, saleId, shopId, Timestamp.from(at), UUID.randomUUID(), new BigDecimal(amount), "test-" + id)
                .update();
        jdbc.sql("insert into shop.sale_return_lines (return_id, sale_position, quantity, amount) values (?, ?, ?, ?)")
                .params(id, position, quantity, new BigDecimal(amount))
                .update();
        return id;
    }
}

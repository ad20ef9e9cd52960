package org.taawun.shop.domain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Receipt numbers, sequential per shop and year ("R-2026-000001"), as {@link ConsignmentNumbers}: one upsert of the
 * shop's counter row for the year, which stays locked until the sale's transaction ends, so two sales never share a
 * number and a sale refused or rolled back leaves no gap.
 */
@Component
class ReceiptNumbers {

    record Number(int year, int sequence, String text) {}

    private final JdbcClient jdbc;

    ReceiptNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Number next(UUID shopId, int year) {
        int n = jdbc.sql("insert into shop.receipt_counters (shop_id, year, next_value) values (?, ?, 2)"
                        + " on conflict (shop_id, year) do update set next_value ="
                        + " shop.receipt_counters.next_value + 1 returning next_value - 1")
                .params(shopId, year)
                .query(Integer.class)
                .single();
        return new Number(year, n, "R-" + year + "-" + String.format("%06d", n));
    }
}

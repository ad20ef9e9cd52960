package org.taawun.shop.domain;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deposit and withdrawal numbers, sequential per shop, kind and year ("D-2026-0001", "R-2026-0001"): a counter row
 * per shop, kind and year, incremented by one upsert that locks it until the caller's transaction commits, so two
 * deposits never get the same number and a rolled-back one leaves no gap.
 */
@Component
class ConsignmentNumbers {

    record Number(int year, int sequence, String text) {}

    private final JdbcClient jdbc;

    ConsignmentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Number next(UUID shopId, ConsignmentKind kind, int year) {
        int n = jdbc.sql("insert into shop.consignment_counters (shop_id, kind, year, next_value) values (?, ?, ?, 2)"
                        + " on conflict (shop_id, kind, year) do update set next_value ="
                        + " shop.consignment_counters.next_value + 1 returning next_value - 1")
                .params(shopId, kind.name(), year)
                .query(Integer.class)
                .single();
        return new Number(year, n, kind.prefix() + "-" + year + "-" + String.format("%04d", n));
    }
}

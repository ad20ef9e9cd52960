package org.taawun.ordering.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each cooperative's delivery fees: a default fee, a fee per region where it differs, and an amount from which
 * delivery is free. A cooperative that set nothing delivers for free.
 */
@Component
public class DeliveryFees {

    /** A cooperative's settings. */
    public record Settings(BigDecimal defaultFee, BigDecimal freeFrom, Map<String, BigDecimal> byRegion) {}

    private final JdbcClient jdbc;

    DeliveryFees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Settings of(UUID cooperativeId) {
        Optional<Map<String, Object>> row = jdbc
                .sql("select default_fee, free_from from ordering.delivery_settings where cooperative_id = ?")
                .param(cooperativeId)
                .query()
                .listOfRows()
                .stream()
                .findFirst();
        Map<String, BigDecimal> byRegion = jdbc
                .sql("select region_code, fee from ordering.delivery_fees where cooperative_id = ?")
                .param(cooperativeId)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Settings(
                row.map(r -> (BigDecimal) r.get("default_fee")).orElse(BigDecimal.ZERO),
                row.map(r -> (BigDecimal) r.get("free_from")).orElse(null),
                byRegion);
    }

    /** The fee for home delivery of {@code subtotal} to {@code region} (null: the default fee). */
    public BigDecimal feeFor(UUID cooperativeId, String region, BigDecimal subtotal) {
        Settings settings = of(cooperativeId);
        if (settings.freeFrom() != null && subtotal.compareTo(settings.freeFrom()) >= 0) {
            return BigDecimal.ZERO;
        }
        return region == null ? settings.defaultFee() : settings.byRegion().getOrDefault(region, settings.defaultFee());
    }

    @Transactional
    public void save(UUID cooperativeId, BigDecimal defaultFee, BigDecimal freeFrom, Map<String, BigDecimal> byRegion) {
        jdbc.sql("insert into ordering.delivery_settings (cooperative_id, default_fee, free_from) values (?, ?, ?)"
                        + " on conflict (cooperative_id) do update set default_fee = excluded.default_fee,"
                        + " free_from = excluded.free_from")
                .params(cooperativeId, defaultFee, freeFrom)
                .update();
        jdbc.sql("delete from ordering.delivery_fees where cooperative_id = ?")
                .param(cooperativeId)
                .update();
        List<Map.Entry<String, BigDecimal>> fees = List.copyOf(byRegion.entrySet());
        for (Map.Entry<String, BigDecimal> fee : fees) {
            jdbc.sql("insert into ordering.delivery_fees (cooperative_id, region_code, fee) values (?, ?, ?)")
                    .params(cooperativeId, fee.getKey(), fee.getValue())
                    .update();
        }
    }
}

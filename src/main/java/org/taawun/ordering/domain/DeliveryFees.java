package org.taawun.ordering.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.shared.money.Money;

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

    /** The settings in one query (every order asks for them): the default row joined to the fees per region. */
    @Transactional(readOnly = true)
    public Settings of(UUID cooperativeId) {
        BigDecimal[] defaults = {BigDecimal.ZERO, null};
        Map<String, BigDecimal> byRegion = new HashMap<>();
        jdbc.sql("select s.default_fee, s.free_from, f.region_code, f.fee from (select ?::uuid as cooperative_id) c"
                        + " left join ordering.delivery_settings s on s.cooperative_id = c.cooperative_id"
                        + " left join ordering.delivery_fees f on f.cooperative_id = c.cooperative_id")
                .param(cooperativeId)
                .query(rs -> {
                    if (rs.getBigDecimal("default_fee") != null) {
                        defaults[0] = rs.getBigDecimal("default_fee");
                        defaults[1] = rs.getBigDecimal("free_from");
                    }
                    if (rs.getString("region_code") != null) {
                        byRegion.put(rs.getString("region_code"), rs.getBigDecimal("fee"));
                    }
                });
        return new Settings(defaults[0], defaults[1], byRegion);
    }

    /**
     * What home delivery of a cart's group costs, shown at checkout before the customer confirms: each cooperative's
     * fee, as placing the order will charge it, for {@code region} (null: the default fees).
     *
     * @param byRegion whether a cooperative of the group charges another fee in some region (the region matters)
     */
    public record Quote(Money fees, Money total, boolean byRegion) {}

    @Transactional(readOnly = true)
    public Quote quote(CartView.Group group, String region) {
        Money total = Money.zero(group.currency());
        boolean byRegion = false;
        for (CartView.Block block : group.blocks()) {
            UUID cooperativeId = block.cooperative().id();
            total = total.plus(
                    new Money(feeFor(cooperativeId, region, block.subtotal().amount()), group.currency()));
            byRegion |= !of(cooperativeId).byRegion().isEmpty();
        }
        return new Quote(total, group.subtotal().plus(total), byRegion);
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

package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's commission on marketplace orders, in percent: a default, and overrides per cooperative, each kept
 * with the instant it takes effect (never overwritten), so the rate in force when a part was delivered is found
 * again. A cooperative's override recorded without a rate ends it from its instant on. No rate at all is 0 %.
 */
@Component
public class PlatformRates {

    /** One recorded rate: the cooperative (none for the default), the rate (null where an override ends). */
    public record Rate(long id, UUID cooperativeId, BigDecimal rate, Instant effectiveFrom, Instant recordedAt) {

        public boolean isDefault() {
            return cooperativeId == null;
        }

        /** The rate as a person writes it: "12.5" rather than "12.50". */
        public String percent() {
            return rate == null ? "" : rate.stripTrailingZeros().toPlainString();
        }
    }

    private final JdbcClient jdbc;

    PlatformRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rate in force at {@code at} for the cooperative: her override, else the default, else 0. */
    @Transactional(readOnly = true)
    public BigDecimal rateAt(UUID cooperativeId, Instant at) {
        return jdbc.sql("""
                        select rate from (
                          select distinct on (level) level, rate from (
                            select case when cooperative_id is null then 1 else 0 end as level,
                                   rate, effective_from, id
                              from settlement.commission_rates
                             where effective_from <= ? and (cooperative_id is null or cooperative_id = ?)) c
                          order by level, effective_from desc, id desc) latest
                        where rate is not null order by level limit 1""")
                .params(Timestamp.from(at), cooperativeId)
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    /** Records a rate (already checked by the caller) taking effect at {@code from}. */
    @Transactional
    void record(UUID cooperativeId, BigDecimal rate, Instant from, UUID recordedBy) {
        jdbc.sql("insert into settlement.commission_rates (cooperative_id, rate, effective_from, recorded_at,"
                        + " recorded_by) values (?, ?, ?, ?, ?)")
                .params(cooperativeId, rate, Timestamp.from(from), Timestamp.from(Instant.now()), recordedBy)
                .update();
    }

    /** Every rate recorded, latest first (at most {@code limit}). */
    @Transactional(readOnly = true)
    public List<Rate> history(int limit) {
        return jdbc.sql("select id, cooperative_id, rate, effective_from, recorded_at from settlement.commission_rates"
                        + " order by effective_from desc, id desc limit ?")
                .param(limit)
                .query((rs, i) -> new Rate(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getBigDecimal(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}

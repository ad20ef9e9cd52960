package org.taawun.shop;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.catalog.Category;

/**
 * The commission a shop keeps on a sale, in percent, as it stood at a given instant: rates are never overwritten, each
 * one takes effect from its instant, so the rate in force at a past sale is found again. The most specific level wins:
 * the cooperative and category together, then the cooperative, then the category, then the shop's default. An override
 * recorded without a rate ends that override from its instant on.
 */
@Component
public class CommissionRates {

    /** One recorded rate: which level, the rate (null where an override ends) and when it takes effect. */
    public record Rate(
            long id,
            UUID cooperativeId,
            Category category,
            BigDecimal rate,
            Instant effectiveFrom,
            Instant recordedAt) {

        public boolean isDefault() {
            return cooperativeId == null && category == null;
        }

        /** The rate as a person writes it: "12.5" rather than "12.50". */
        public String percent() {
            return rate == null ? "" : rate.stripTrailingZeros().toPlainString();
        }
    }

    private final JdbcClient jdbc;

    CommissionRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rate (percent) in force at {@code at} for this cooperative's goods of this category; 0 when none is set. */
    @Transactional(readOnly = true)
    public BigDecimal commissionRate(UUID shopId, UUID cooperativeId, Category category, Instant at) {
        return jdbc.sql("""
                        select rate from (
                          select distinct on (level) level, rate from (
                            select case when cooperative_id is not null and category is not null then 0
                                        when cooperative_id is not null then 1
                                        when category is not null then 2 else 3 end as level,
                                   rate, effective_from, id
                              from shop.commission_rates
                             where shop_id = :shop and effective_from <= :at
                               and (cooperative_id is null or cooperative_id = :cooperative)
                               and (category is null or category = :category)) candidates
                          order by level, effective_from desc, id desc) latest
                        where rate is not null order by level limit 1""")
                .param("shop", shopId)
                .param("at", Timestamp.from(at))
                .param("cooperative", cooperativeId)
                .param("category", category == null ? null : category.name())
                .query(BigDecimal.class)
                .optional()
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    /** Every rate recorded for the shop, latest first. */
    @Transactional(readOnly = true)
    public List<Rate> history(UUID shopId) {
        return jdbc.sql("select id, cooperative_id, category, rate, effective_from, recorded_at"
                        + " from shop.commission_rates where shop_id = ? order by effective_from desc, id desc")
                .param(shopId)
                .query((rs, i) -> new Rate(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        rs.getString(3) == null ? null : Category.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }
}

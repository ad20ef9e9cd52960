package org.taawun.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.ordering.domain.DeliveryFees;

/** A cooperative's delivery fee: per region where set, else its default, free from its threshold, free if unset. */
@TaawunTest
class DeliveryFeesTest {

    @Autowired
    DeliveryFees fees;

    @Autowired
    Fixtures fixtures;

    @Test
    void feesFollowTheRegionTheDefaultAndTheFreeThreshold() {
        UUID coop = fixtures.verifiedCooperative();
        assertThat(fees.feeFor(coop, "MA-04", new BigDecimal("100"))).isZero();

        fees.save(coop, new BigDecimal("30.00"), new BigDecimal("500.00"), Map.of("MA-04", new BigDecimal("20.00")));
        assertThat(fees.feeFor(coop, "MA-04", new BigDecimal("100"))).isEqualByComparingTo("20");
        assertThat(fees.feeFor(coop, "MA-07", new BigDecimal("100"))).isEqualByComparingTo("30");
        assertThat(fees.feeFor(coop, null, new BigDecimal("100"))).isEqualByComparingTo("30");
        assertThat(fees.feeFor(coop, "MA-04", new BigDecimal("500"))).isZero();
        assertThat(fees.of(coop).byRegion()).containsOnlyKeys("MA-04");

        fees.save(coop, new BigDecimal("25.00"), null, Map.of());
        assertThat(fees.feeFor(coop, "MA-04", new BigDecimal("9999"))).isEqualByComparingTo("25");
        assertThat(fees.of(coop).freeFrom()).isNull();
    }
}

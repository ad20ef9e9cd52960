package org.taawun.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsTheScaleOfTheCurrency() {
        assertThat(Money.of("45", "MAD").amount()).isEqualByComparingTo("45.00").hasScaleOf(2);
        assertThat(Money.of("12.5", "TND").amount()).hasScaleOf(3);
        assertThat(Money.of("12.5", "TND").amount().toPlainString()).isEqualTo("12.500");
    }

    @Test
    void addsOnlyTheSameCurrency() {
        assertThat(Money.of("1.10", "MAD").plus(Money.of("2.25", "MAD"))).isEqualTo(Money.of("3.35", "MAD"));
        assertThatThrownBy(() -> Money.of("1", "MAD").plus(Money.of("1", "TND")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multipliesExactly() {
        assertThat(Money.of("0.10", "MAD").times(3).amount()).isEqualTo(new BigDecimal("0.30"));
    }
}

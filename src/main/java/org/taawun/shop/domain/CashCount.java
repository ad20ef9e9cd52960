package org.taawun.shop.domain;

import java.math.BigDecimal;

/** How many notes or coins of one denomination the cashier counted in her drawer. */
public record CashCount(String denomination, int count) {

    /** The value of one note or coin of this denomination. */
    public BigDecimal unit() {
        return new BigDecimal(denomination);
    }

    /** The value of these notes or coins. */
    public BigDecimal value() {
        return new BigDecimal(denomination).multiply(BigDecimal.valueOf(count));
    }
}

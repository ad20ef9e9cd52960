package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one rounding rule of settlement (docs/settlement.md): a commission is the amount times the rate in percent,
 * divided by 100, rounded half-even to the currency's scale (MAD 2, TND 3); the cooperative's share is the amount
 * less that commission, so the two always add up to the amount.
 */
public final class Rounding {

    /** An amount split into the commission and the cooperative's share. */
    public record Split(BigDecimal commission, BigDecimal share) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rounding() {}

    public static int scale(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** The amount at the currency's scale; an amount finer than that scale is refused, never rounded silently. */
    public static BigDecimal exact(BigDecimal amount, String currency) {
        return amount.setScale(scale(currency), RoundingMode.UNNECESSARY);
    }

    public static Split split(BigDecimal amount, BigDecimal ratePercent, String currency) {
        BigDecimal exact = exact(amount, currency);
        BigDecimal commission =
                exact.multiply(ratePercent).divide(HUNDRED).setScale(scale(currency), RoundingMode.HALF_EVEN);
        return new Split(commission, exact.subtract(commission));
    }
}

package org.taawun.shop.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An amount as a till sends it: a decimal string or number ({@code "65.00"}, {@code 65}), or money
 * ({@code {"amount":"65.00","currency":"MAD"}}). Without a currency it is in the shop's; with another one the sale
 * refuses it. Never a double: numbers are read from their text.
 */
public record Amount(BigDecimal value, String currency) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Amount read(Object json) {
        if (json instanceof Map<?, ?> money) {
            Amount amount = read(money.get("amount"));
            Object currency = money.get("currency");
            return new Amount(amount.value(), currency == null ? null : currency.toString());
        }
        if (json instanceof String || json instanceof Number) {
            try {
                return new Amount(new BigDecimal(json.toString().trim()), null);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an amount");
            }
        }
        throw new IllegalArgumentException("not an amount");
    }

    public static Amount of(String value) {
        return new Amount(new BigDecimal(value), null);
    }
}

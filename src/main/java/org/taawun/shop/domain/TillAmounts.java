package org.taawun.shop.domain;

import java.util.Currency;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;

/** Amounts the till sent, as money of the shop's currency: another currency or more decimals than it has is a 400. */
final class TillAmounts {

    private TillAmounts() {}

    /** The amount as money of the shop, or null when none was sent. */
    static Money of(Amount amount, String currency, String field) {
        if (amount == null || amount.value() == null) {
            return null;
        }
        if (amount.currency() != null && !amount.currency().equals(currency)) {
            throw new InvalidFieldException(field, "shop-sales.error.currency");
        }
        if (amount.value().stripTrailingZeros().scale()
                > Currency.getInstance(currency).getDefaultFractionDigits()) {
            throw new InvalidFieldException(field, "shop-sales.error.amount");
        }
        return new Money(amount.value(), currency);
    }
}

package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.util.UUID;
import org.taawun.catalog.Category;
import org.taawun.shared.money.Money;

/** A sale's line as it is recorded: the shelf's (or the offline till's) price and the commission rate in force. */
record PricedLine(
        int position,
        UUID variantId,
        UUID cooperativeId,
        Category category,
        int quantity,
        Money unitPrice,
        Money discount,
        String discountReason,
        BigDecimal commissionRate) {

    Money lineTotal() {
        return new Money(unitPrice.times(quantity).amount().subtract(discount.amount()), unitPrice.currency());
    }
}

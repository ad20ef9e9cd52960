package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taawun.catalog.ShelfItem;
import org.taawun.shared.money.Money;

/**
 * A recorded till sale with its receipt number, lines (and what of each was returned so far), payments and flag (why
 * the manager should look: {@code LATE}, {@code NO_SESSION}, {@code PRICE}, {@code STOCK}, comma-separated).
 */
public record Sale(
        UUID id,
        String number,
        UUID shopId,
        UUID cashSessionId,
        UUID cashierId,
        Instant soldAt,
        Instant recordedAt,
        String currency,
        Money total,
        boolean offline,
        String flag,
        List<Line> lines,
        List<Payment> payments) {

    /** A line: the item (null if the catalogue lost it), its price, discount, rate kept, and units returned so far. */
    public record Line(
            int position,
            UUID productId,
            UUID cooperativeId,
            ShelfItem item,
            int quantity,
            Money unitPrice,
            Money discount,
            String discountReason,
            BigDecimal commissionRate,
            int returned) {

        public Money lineTotal() {
            return new Money(unitPrice.times(quantity).amount().subtract(discount.amount()), unitPrice.currency());
        }

        public int returnable() {
            return quantity - returned;
        }

        public String name(String language) {
            return item == null ? "" : item.name(language);
        }
    }

    /** A payment: what was handed over ({@code amount}) and what the shop kept of it. */
    public record Payment(String method, Money amount, Money kept, String reference) {}

    /** What was handed over in all. */
    public Money paid() {
        return payments.stream().map(Payment::amount).reduce(Money.zero(currency), Money::plus);
    }

    /** The change given back (cash handed over beyond the total). */
    public Money change() {
        return new Money(paid().amount().subtract(total.amount()), currency);
    }
}

package org.taawun.shop.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taawun.shared.money.Money;

/** A recorded deposit or withdrawal, with its lines as they were agreed. */
public record Consignment(
        UUID id,
        UUID shopId,
        UUID cooperativeId,
        ConsignmentKind kind,
        String number,
        String currency,
        Instant recordedAt,
        List<Line> lines) {

    /** A line: the variant, how many, and (deposits) the agreed consumer price; {@code code} is its shelf code. */
    public record Line(UUID variantId, int quantity, Money unitPrice, String code) {

        public Money total() {
            return unitPrice == null ? null : unitPrice.times(quantity);
        }
    }

    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }

    /** The value of a deposit at the agreed prices (null for a withdrawal). */
    public Money total() {
        if (kind != ConsignmentKind.DEPOSIT) {
            return null;
        }
        return lines.stream().map(Line::total).reduce(Money.zero(currency), Money::plus);
    }
}

package org.taawun.shop.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taawun.shared.money.Money;

/**
 * A cashier's session at a shop's till, from the float she started with to the cash she counted at closing. Expected
 * and counted cash, the counts and the closing are set once it is closed; the approval once the manager approved it.
 */
public record CashSession(
        UUID id,
        UUID shopId,
        UUID cashierId,
        String cashierName,
        String currency,
        Money openingFloat,
        Instant openedAt,
        CashSessionStatus status,
        Instant closedAt,
        UUID closedBy,
        Money expectedCash,
        Money countedCash,
        List<CashCount> counts,
        Instant approvedAt,
        UUID approvedBy) {

    public boolean open() {
        return status == CashSessionStatus.OPEN;
    }

    /** Counted minus expected: negative when cash is missing; none while open. */
    public Money difference() {
        if (expectedCash == null || countedCash == null) {
            return null;
        }
        return new Money(countedCash.amount().subtract(expectedCash.amount()), currency);
    }

    /** The cashier's name, else the start of her id (a session opened before names were kept). */
    public String cashierLabel() {
        return cashierName == null || cashierName.isBlank()
                ? cashierId.toString().substring(0, 8)
                : cashierName;
    }
}

package org.taawun.settlement.domain;

import java.time.Instant;
import java.util.UUID;
import org.taawun.shared.money.Money;

/** A recorded payout: who paid (a shop, or the platform when {@code shopId} is null), how much, how, and who said so. */
public record Payout(
        UUID id,
        UUID cooperativeId,
        UUID shopId,
        Money amount,
        PayoutMethod method,
        String reference,
        UUID paidBy,
        Instant paidAt) {}

package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A payout to record, as the API reads it: the amount and its currency, the method, the payer's reference, and
 * optionally the shop paying it (needed only when the caller manages several shops holding the cooperative's money,
 * or when an administrator records a shop's payout; an administrator naming none records a platform payout).
 */
public record PayoutRequest(Amount amount, String method, String reference, UUID shopId) {

    /** An amount as written, checked against its currency's scale before it becomes money. */
    public record Amount(BigDecimal amount, String currency) {}

    /** The request as one line of text, for the idempotency hash. */
    String canonical(UUID cooperativeId) {
        String value = amount == null || amount.amount() == null
                ? ""
                : amount.amount().stripTrailingZeros().toPlainString();
        return cooperativeId + "|" + value + "|" + (amount == null ? "" : amount.currency()) + "|" + method + "|"
                + reference + "|" + shopId;
    }
}

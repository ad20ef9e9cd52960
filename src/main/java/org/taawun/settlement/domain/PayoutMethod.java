package org.taawun.settlement.domain;

/** How a payout reached the cooperative. */
public enum PayoutMethod {
    BANK_TRANSFER,
    CASH,
    MOBILE_MONEY
}

package org.taawun.settlement.domain;

/**
 * The kinds of ledger accounts. Amounts are positive for a debit, negative for a credit: what a cooperative is owed
 * is the credit balance of her {@link #COOPERATIVE_OWED} accounts (one per shop that holds her money, one for the
 * platform).
 */
public enum AccountKind {
    /** What a shop (or, without shop, the platform) owes a cooperative: a liability, credit balance. */
    COOPERATIVE_OWED,
    /** The money a shop holds from its sales: an asset, debit balance. */
    SHOP_CASH,
    /** A shop's commission income: credit balance. */
    SHOP_COMMISSION,
    /** The platform's commission income on marketplace orders: credit balance. */
    PLATFORM_COMMISSION,
    /** What the platform paid out to cooperatives from its bank (outside this ledger): credit balance. */
    PLATFORM_PAYOUTS
}

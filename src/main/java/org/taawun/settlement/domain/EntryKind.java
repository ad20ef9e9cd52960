package org.taawun.settlement.domain;

/** Why a journal entry was made. */
public enum EntryKind {
    SALE,
    SALE_RETURN,
    ORDER_PART_DELIVERED,
    ORDER_PART_RETURNED,
    PAYOUT
}

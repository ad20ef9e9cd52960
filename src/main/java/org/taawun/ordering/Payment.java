package org.taawun.ordering;

/** How a customer pays: cash to the courier, or at the shop where she picks her order up. */
public enum Payment {
    CASH_ON_DELIVERY,
    PAY_AT_PICKUP
}

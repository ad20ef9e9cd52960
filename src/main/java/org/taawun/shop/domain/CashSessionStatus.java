package org.taawun.shop.domain;

/** A cash session is open while the cashier sells, closed once her drawer is counted, approved by the manager. */
public enum CashSessionStatus {
    OPEN,
    CLOSED,
    APPROVED
}

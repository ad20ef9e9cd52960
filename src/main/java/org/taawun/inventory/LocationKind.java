package org.taawun.inventory;

/** Where stock lies: a cooperative's own store, or a shop selling on consignment. */
public enum LocationKind {
    COOPERATIVE,
    SHOP
}

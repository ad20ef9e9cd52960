package org.taawun.shop.domain;

/** Goods coming into a shop on consignment, or unsold goods going back to their cooperative. */
public enum ConsignmentKind {
    DEPOSIT("D"),
    WITHDRAWAL("R");

    private final String prefix;

    ConsignmentKind(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }
}

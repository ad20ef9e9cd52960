package org.taawun.inventory;

import java.util.UUID;

/** Stock of a variant at one location: what is there, what orders hold, and what can still be sold. */
public record StockLevel(UUID locationId, LocationKind kind, int onHand, int reserved) {

    public int available() {
        return onHand - reserved;
    }
}

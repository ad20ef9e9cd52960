package org.taawun.ordering;

import java.util.Set;

/**
 * The life of one cooperative's part of an order, and the moves a manager may make from each state. EXPIRED is no
 * manager's move: a part still NEW after the configured time (taawun.ordering.unaccepted-hold) expires by itself and
 * its reserved units go back on sale.
 */
public enum PartStatus {
    NEW,
    ACCEPTED,
    REFUSED,
    SHIPPED,
    DELIVERED,
    RETURNED,
    CANCELLED,
    EXPIRED;

    public Set<PartStatus> next() {
        return switch (this) {
            case NEW -> Set.of(ACCEPTED, REFUSED, CANCELLED);
            case ACCEPTED -> Set.of(SHIPPED, CANCELLED);
            case SHIPPED -> Set.of(DELIVERED, RETURNED);
            default -> Set.of();
        };
    }

    public boolean canMoveTo(PartStatus target) {
        return next().contains(target);
    }

    /** Whether units reserved for this part are still held (given back on refusal or cancellation). */
    public boolean holdsReservation() {
        return this == NEW || this == ACCEPTED;
    }
}

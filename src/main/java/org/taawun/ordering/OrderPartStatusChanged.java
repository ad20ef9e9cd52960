package org.taawun.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A cooperative moved its part of an order (accepted, refused, shipped, delivered with cash collected, returned), with
 * what the ledger needs (ids and amounts only): the order's currency, the goods' amount of the part (its lines at the
 * prices of the order), its delivery fee, how the customer pays and when the part moved.
 */
public record OrderPartStatusChanged(
        UUID orderId,
        UUID partId,
        UUID cooperativeId,
        PartStatus status,
        String currency,
        BigDecimal goods,
        BigDecimal deliveryFee,
        Payment payment,
        Instant changedAt) {}

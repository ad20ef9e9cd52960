package org.taawun.shop.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A sale as the till sends it: the id the till made (the same sale sent again is found by it), when it was sold, the
 * cash session (else the caller's open one), whether it was made offline, its lines ({@code productId} is the
 * sellable item; the unit price the till showed, a line discount and its reason) and its payments.
 */
public record RecordSale(
        UUID id, Instant soldAt, UUID cashSessionId, Boolean offline, List<Line> lines, List<Payment> payments) {

    public record Line(UUID productId, Integer quantity, Amount unitPrice, Amount discount, String discountReason) {}

    public record Payment(String method, Amount amount, String reference) {}

    boolean isOffline() {
        return Boolean.TRUE.equals(offline);
    }
}

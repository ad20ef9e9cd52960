package org.taawun.shop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A cooperative took unsold goods back from a shop: ids and quantities only. */
public record GoodsWithdrawn(
        UUID withdrawalId, UUID shopId, UUID cooperativeId, String number, Instant withdrawnAt, List<Line> lines) {

    public record Line(UUID variantId, int quantity) {}
}

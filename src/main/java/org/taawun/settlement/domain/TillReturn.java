package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A till return as the ledger books it (made from the shop's {@code SaleReturned}): per returned line of the sale (its
 * position), the cooperative, the variant, the units returned, the amount refunded for them and the sale's rate.
 */
public record TillReturn(
        UUID returnId, UUID saleId, UUID shopId, String currency, Instant returnedAt, List<Line> lines) {

    public record Line(
            int position,
            UUID cooperativeId,
            UUID variantId,
            int quantity,
            BigDecimal amount,
            BigDecimal commissionRate) {}
}

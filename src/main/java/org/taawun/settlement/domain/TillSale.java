package org.taawun.settlement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A till sale as the ledger books it (made from the shop's {@code SaleRecorded}): per line, in the sale's order
 * (position 0, 1, ... as the shop's returns name them), the cooperative, the variant, the quantity, the unit price, the line's discount (in the sale's
 * currency) and the shop's commission rate in percent kept with the sale.
 */
public record TillSale(UUID saleId, UUID shopId, String currency, Instant soldAt, List<Line> lines) {

    public record Line(
            UUID cooperativeId,
            UUID variantId,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal discount,
            BigDecimal commissionRate) {}
}

package org.taawun.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taawun.shared.money.Money;

/**
 * A sale was recorded at a shop's till (ids and amounts only): per line the cooperative whose goods were sold, the
 * variant, the quantity, the unit price, the line's discount and the commission rate (percent) in force when sold, so
 * the ledger owes each cooperative {@code quantity x unitPrice - discount} less the shop's commission.
 */
public record SaleRecorded(UUID saleId, UUID shopId, String currency, Instant soldAt, List<Line> lines) {

    public record Line(
            UUID cooperativeId,
            UUID variantId,
            int quantity,
            Money unitPrice,
            Money discount,
            BigDecimal commissionRate) {}
}

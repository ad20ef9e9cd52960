package org.taawun.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taawun.shared.money.Money;

/**
 * Goods of a till sale came back (ids and amounts only): per line of the sale ({@code position}) the units returned,
 * the amount refunded for them and the commission rate the sale kept, so the ledger reverses exactly what it booked.
 */
public record SaleReturned(
        UUID returnId, UUID saleId, UUID shopId, String currency, Instant returnedAt, List<Line> lines) {

    public record Line(
            int position, UUID cooperativeId, UUID variantId, int quantity, Money amount, BigDecimal commissionRate) {}
}

package org.taawun.shop.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.taawun.shared.money.Money;

/** A recorded return against a sale: what came back per line of the sale, and the refund per method. */
public record SaleReturn(
        UUID id,
        UUID saleId,
        UUID shopId,
        UUID cashSessionId,
        Instant returnedAt,
        Money total,
        List<Line> lines,
        Map<String, Money> refunds) {

    public record Line(int position, int quantity, Money amount) {}
}

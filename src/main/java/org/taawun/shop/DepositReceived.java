package org.taawun.shop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taawun.shared.money.Money;

/**
 * A shop received a cooperative's goods on consignment (they stay hers until sold): ids, quantities and the agreed
 * consumer prices only.
 */
public record DepositReceived(
        UUID depositId, UUID shopId, UUID cooperativeId, String number, Instant receivedAt, List<Line> lines) {

    public record Line(UUID variantId, int quantity, Money unitPrice) {}
}

package org.taawun.shop.domain;

import java.util.List;
import java.util.UUID;
import org.taawun.shared.money.Money;

/**
 * A deposit or a withdrawal as the shop manager records it: the cooperative and lines of variant ({@code productId}, the
 * sellable item), quantity and, for a deposit, the agreed consumer price in the shop's currency.
 */
public record RecordConsignment(UUID cooperativeId, List<Line> lines) {

    public record Line(UUID productId, Integer quantity, Money unitPrice) {}
}

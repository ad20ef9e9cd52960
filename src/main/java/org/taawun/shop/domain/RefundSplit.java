package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taawun.shared.money.Money;

/**
 * How a return is refunded: by the methods the sale was paid with. For a split payment: cash first, up to the cash the
 * shop kept of the sale less the cash already refunded by earlier returns; then card, up to what was charged to cards
 * less earlier card refunds; then mobile, likewise. The kept amounts add up to the sale's total and no return refunds
 * more than its lines are worth, so the refund always fits. Cash first because the customer is at the till and the
 * drawer can pay her at once, while a card or mobile refund waits for the operator.
 */
final class RefundSplit {

    static final List<String> ORDER = List.of("CASH", "CARD", "MOBILE");

    private RefundSplit() {}

    /**
     * @param total what this return refunds
     * @param kept what the shop kept of the sale, per method
     * @param refunded what earlier returns of the sale refunded, per method
     * @return the refund per method (methods with nothing to refund left out), in the order above
     */
    static Map<String, Money> split(Money total, Map<String, Money> kept, Map<String, Money> refunded) {
        Map<String, Money> refunds = new LinkedHashMap<>();
        BigDecimal left = total.amount();
        for (String method : ORDER) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal room = amount(kept, method).subtract(amount(refunded, method));
            BigDecimal refund = left.min(room.max(BigDecimal.ZERO));
            if (refund.signum() > 0) {
                refunds.put(method, new Money(refund, total.currency()));
                left = left.subtract(refund);
            }
        }
        if (left.signum() > 0) {
            throw new IllegalStateException("a return refunds more than the sale kept");
        }
        return refunds;
    }

    private static BigDecimal amount(Map<String, Money> amounts, String method) {
        Money money = amounts.get(method);
        return money == null ? BigDecimal.ZERO : money.amount();
    }
}

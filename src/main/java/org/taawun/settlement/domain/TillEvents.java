package org.taawun.settlement.domain;

import java.math.BigDecimal;
import org.taawun.shared.money.Money;
import org.taawun.shop.SaleRecorded;
import org.taawun.shop.SaleReturned;

/**
 * The shop's events as the ledger books them. An amount in another currency than its sale's is refused here (the
 * booking fails and shows), never converted.
 */
final class TillEvents {

    private TillEvents() {}

    static TillSale sale(SaleRecorded e) {
        return new TillSale(
                e.saleId(),
                e.shopId(),
                e.currency(),
                e.soldAt(),
                e.lines().stream()
                        .map(l -> new TillSale.Line(
                                l.cooperativeId(),
                                l.variantId(),
                                l.quantity(),
                                amount(l.unitPrice(), e.currency()),
                                l.discount() == null ? BigDecimal.ZERO : amount(l.discount(), e.currency()),
                                l.commissionRate()))
                        .toList());
    }

    static TillReturn returned(SaleReturned e) {
        return new TillReturn(
                e.returnId(),
                e.saleId(),
                e.shopId(),
                e.currency(),
                e.returnedAt(),
                e.lines().stream()
                        .map(l -> new TillReturn.Line(
                                l.position(),
                                l.cooperativeId(),
                                l.variantId(),
                                l.quantity(),
                                amount(l.amount(), e.currency()),
                                l.commissionRate()))
                        .toList());
    }

    private static BigDecimal amount(Money money, String currency) {
        if (!money.currency().equals(currency)) {
            throw new IllegalStateException("amount in " + money.currency() + " on a " + currency + " sale");
        }
        return money.amount();
    }
}

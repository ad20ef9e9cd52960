package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.taawun.shared.money.Money;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;

/**
 * How a sale was paid: cash, card (terminal reference), mobile, or a split. Together the payments cover the total
 * ({@code payments-short} otherwise); card and mobile are charged exactly, so together they never exceed it
 * ({@code payments-above-total}); what is handed over beyond the total can only be cash, and goes back as change. Each
 * payment keeps what was handed over ({@code tendered}) and what the shop keeps of it ({@code kept}: card and mobile
 * all, cash in order until the total is reached).
 */
final class PaymentSplit {

    static final Set<String> METHODS = Set.of("CASH", "CARD", "MOBILE");
    static final int MAX_PAYMENTS = 10;
    static final int MAX_REFERENCE = 64;

    record Payment(String method, Money tendered, Money kept, String reference) {}

    record Split(List<Payment> payments, Money paid, Money change) {}

    private PaymentSplit() {}

    static Split split(List<RecordSale.Payment> payments, Money total) {
        String currency = total.currency();
        List<RecordSale.Payment> given = payments == null ? List.of() : payments;
        if (given.size() > MAX_PAYMENTS) {
            throw new InvalidFieldException("payments", "shop-sales.error.payments");
        }
        List<Money> amounts = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal nonCash = BigDecimal.ZERO;
        for (int i = 0; i < given.size(); i++) {
            RecordSale.Payment p = given.get(i);
            if (p == null || p.method() == null || !METHODS.contains(p.method())) {
                throw new InvalidFieldException("payments[" + i + "].method", "shop-sales.error.payment-method");
            }
            Money amount = TillAmounts.of(p.amount(), currency, "payments[" + i + "].amount");
            if (amount == null || amount.amount().signum() <= 0) {
                throw new InvalidFieldException("payments[" + i + "].amount", "shop-sales.error.payment-amount");
            }
            if (p.reference() != null && p.reference().trim().length() > MAX_REFERENCE) {
                throw new InvalidFieldException("payments[" + i + "].reference", "shop-sales.error.too-long");
            }
            amounts.add(amount);
            paid = paid.add(amount.amount());
            if (!"CASH".equals(p.method())) {
                nonCash = nonCash.add(amount.amount());
            }
        }
        if (paid.compareTo(total.amount()) < 0) {
            throw ProblemException.refused("payments-short", "shop-sales.error.payments-short");
        }
        if (nonCash.compareTo(total.amount()) > 0) {
            throw ProblemException.refused("payments-above-total", "shop-sales.error.payments-above-total");
        }
        BigDecimal cashDue = total.amount().subtract(nonCash);
        List<Payment> split = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            RecordSale.Payment p = given.get(i);
            BigDecimal kept = amounts.get(i).amount();
            if ("CASH".equals(p.method())) {
                kept = kept.min(cashDue);
                cashDue = cashDue.subtract(kept);
            }
            String reference = p.reference() == null || p.reference().isBlank()
                    ? null
                    : p.reference().trim();
            split.add(new Payment(p.method(), amounts.get(i), new Money(kept, currency), reference));
        }
        return new Split(split, new Money(paid, currency), new Money(paid.subtract(total.amount()), currency));
    }
}

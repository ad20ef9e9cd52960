package org.taawun.shop.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.taawun.shared.money.Money;

/**
 * What a session's sales and returns add up to, as the closing and the Z report show them: counts, what the shop kept
 * per payment method (cash net of change), what was refunded per method, the discounts given, and the sales the
 * manager should look at (flagged LATE, NO_SESSION, STOCK or PRICE).
 */
public record SessionFigures(
        int sales,
        int returns,
        Map<String, Money> kept,
        Map<String, Money> refunded,
        Money discounts,
        List<FlaggedSale> flagged) {

    /** A sale recorded into the session that was flagged for the manager. */
    public record FlaggedSale(String number, String flag, Instant soldAt, Money total) {}

    public static final List<String> METHODS = List.of("CASH", "CARD", "MOBILE");

    /** The payment methods, in the order the pages and the report show them. */
    public List<String> methods() {
        return METHODS;
    }

    public Money kept(String method) {
        return kept.get(method);
    }

    public Money refunded(String method) {
        return refunded.get(method);
    }
}

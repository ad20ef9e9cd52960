package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taawun.shared.web.InvalidFieldException;

/**
 * Checks a cashier's count of her drawer against the currency's notes and coins and puts it in one canonical form
 * (largest denomination first, written as {@link Denominations} writes it, zero counts left out), so that the same
 * count sent twice compares equal. A count of an unknown denomination, a negative or absurd count, or a denomination
 * named twice is refused on its field.
 */
final class CashCounts {

    /** More of one note or coin than any drawer holds: a typing slip. */
    static final int MAX_COUNT = 100_000;

    private CashCounts() {}

    static List<CashCount> canonical(String currency, List<CashCount> counts) {
        if (counts == null) {
            throw new InvalidFieldException("counts", "shop-sessions.error.counts-missing");
        }
        Map<String, Integer> byDenomination = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            CashCount count = counts.get(i);
            String denomination = count == null
                            || count.denomination() == null
                            || count.denomination().length() > 20
                    ? null
                    : Denominations.find(currency, count.denomination()).orElse(null);
            if (denomination == null) {
                throw new InvalidFieldException(
                        "counts[" + i + "].denomination", "shop-sessions.error.denomination", currency);
            }
            if (count.count() < 0 || count.count() > MAX_COUNT) {
                throw new InvalidFieldException("counts[" + i + "].count", "shop-sessions.error.count", MAX_COUNT);
            }
            if (byDenomination.put(denomination, count.count()) != null) {
                throw new InvalidFieldException("counts[" + i + "].denomination", "shop-sessions.error.twice");
            }
        }
        List<CashCount> canonical = new ArrayList<>();
        for (String denomination : Denominations.of(currency)) {
            int n = byDenomination.getOrDefault(denomination, 0);
            if (n > 0) {
                canonical.add(new CashCount(denomination, n));
            }
        }
        return List.copyOf(canonical);
    }

    static BigDecimal total(List<CashCount> counts) {
        return counts.stream().map(CashCount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package org.taawun.shop.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shop.domain.CashCount;
import tools.jackson.databind.JsonNode;

/**
 * The cash session bodies, read by hand once the caller was allowed in: money as the API writes it
 * ({@code {"amount":"500.00","currency":"MAD"}}) or a bare decimal (string or number, never a double) in the shop's
 * currency; counts as {@code [{"denomination":"200","count":3}]}. What cannot be read is refused on its field.
 */
final class TillBodies {

    /** An amount and, when the client named it, its currency. */
    record Amount(BigDecimal amount, String currency) {}

    private TillBodies() {}

    static Amount money(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new Amount(null, null);
        }
        if (node.isObject()) {
            JsonNode currency = node.get("currency");
            if (currency != null && !currency.isString()) {
                throw new InvalidFieldException(field, "shop-sessions.error.float");
            }
            return new Amount(decimal(node.get("amount"), field), currency == null ? null : currency.asString());
        }
        return new Amount(decimal(node, field), null);
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        if (node != null && node.isNumber()) {
            return node.decimalValue();
        }
        if (node != null && node.isString() && node.asString().length() <= 32) {
            try {
                return new BigDecimal(node.asString().strip());
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw new InvalidFieldException(field, "shop-sessions.error.float");
    }

    static List<CashCount> counts(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new InvalidFieldException("counts", "shop-sessions.error.counts-missing");
        }
        List<CashCount> counts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            JsonNode denomination = entry.get("denomination");
            JsonNode count = entry.get("count");
            if (denomination == null || !(denomination.isString() || denomination.isNumber())) {
                throw new InvalidFieldException(
                        "counts[" + i + "].denomination", "shop-sessions.error.denomination-missing");
            }
            if (count == null || !count.isIntegralNumber() || !count.canConvertToInt()) {
                throw new InvalidFieldException("counts[" + i + "].count", "shop-sessions.error.count-missing");
            }
            String value = denomination.isNumber() ? denomination.decimalValue().toString() : denomination.asString();
            counts.add(new CashCount(value, count.intValue()));
        }
        return counts;
    }
}

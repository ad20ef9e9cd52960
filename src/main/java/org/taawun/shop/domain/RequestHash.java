package org.taawun.shop.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The canonical hash of a sale or a return as the till sent it, kept with it: the same request sent again (another
 * tab, another node, the API or the page) hashes the same whatever its JSON spelling ({@code "65"}, {@code 65.00},
 * {@code {"amount":"65.00"}}), so it is answered as already recorded; another body under the same id hashes
 * differently and is refused. Fields are written in a fixed order, each ended by a separator, amounts without
 * trailing zeros.
 */
final class RequestHash {

    private RequestHash() {}

    /** The sale's hash; amounts sent without a currency are in the shop's ({@code currency}). */
    static String of(UUID shopId, String currency, RecordSale sale) {
        StringBuilder text = new StringBuilder("sale|");
        field(text, shopId);
        field(text, sale.id());
        field(text, sale.soldAt());
        field(text, sale.cashSessionId());
        field(text, sale.isOffline());
        for (RecordSale.Line line : sale.lines()) {
            text.append("line|");
            if (line == null) {
                continue; // refused later: hashed only so that the hash never fails
            }
            field(text, line.productId());
            field(text, line.quantity());
            amount(text, line.unitPrice(), currency);
            amount(text, line.discount(), currency);
            field(text, line.discountReason());
        }
        for (RecordSale.Payment payment : sale.payments()) {
            text.append("payment|");
            if (payment == null) {
                continue;
            }
            field(text, payment.method());
            amount(text, payment.amount(), currency);
            field(text, payment.reference());
        }
        return sha256(text.toString());
    }

    static String of(UUID shopId, RecordReturn request) {
        StringBuilder text = new StringBuilder("return|");
        field(text, shopId);
        field(text, request.id());
        field(text, request.saleId());
        field(text, request.reason());
        for (RecordReturn.Line line : request.lines()) {
            text.append("line|");
            if (line == null) {
                continue;
            }
            field(text, line.position());
            field(text, line.quantity());
        }
        return sha256(text.toString());
    }

    private static void amount(StringBuilder text, Amount amount, String shopCurrency) {
        if (amount == null || amount.value() == null) {
            field(text, null);
        } else {
            BigDecimal value = amount.value().stripTrailingZeros();
            field(text, value.toPlainString() + " " + (amount.currency() == null ? shopCurrency : amount.currency()));
        }
    }

    private static void field(StringBuilder text, Object value) {
        String s = value == null ? "\u0000" : value.toString();
        // the length first, so no value can pass for two
        text.append(s.length()).append(':').append(s).append('|');
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

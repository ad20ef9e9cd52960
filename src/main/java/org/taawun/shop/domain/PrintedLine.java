package org.taawun.shop.domain;

import java.nio.charset.Charset;
import org.taawun.shared.money.Money;

/**
 * A line as the printed documents show it, in Latin script: the PDFs use OpenPDF's standard Helvetica, which has no
 * Arabic glyphs (shaping Arabic in OpenPDF needs an embedded Arabic font the project does not ship), so names are the
 * French (else English) ones and a name written only in Arabic is replaced by the item's code.
 */
record PrintedLine(String product, String code, int quantity, Money unitPrice) {

    private static final Charset LATIN = Charset.forName("windows-1252");

    /** The first of the texts that Helvetica can print, else the fallback. */
    static String latin(String fallback, String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank() && LATIN.newEncoder().canEncode(text)) {
                return text;
            }
        }
        return fallback;
    }

    static String amount(Money money) {
        return money == null ? "" : money.amount().toPlainString() + " " + money.currency();
    }
}

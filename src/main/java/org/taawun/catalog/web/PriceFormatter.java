package org.taawun.catalog.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;
import org.taawun.shared.web.SupportedLocales;

/**
 * A price typed by a manager: "120,50" and "120.50" both mean a hundred and twenty and a half, whatever the page's
 * language (a single separator is the decimal one; with both, the last one is; one repeated groups thousands); spaces, Arabic-Indic digits
 * and the Arabic decimal sign are accepted. Shown back in the language's own format without grouping ("120,50" in
 * Arabic and French, "120.50" in English), with two decimals, three only when millimes need them.
 */
class PriceFormatter implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        String plain = normalise(text);
        int decimal = Math.max(plain.lastIndexOf(','), plain.lastIndexOf('.'));
        if (decimal >= 0
                && plain.indexOf(plain.charAt(decimal)) < decimal
                && plain.indexOf(other(plain.charAt(decimal))) < 0) {
            decimal = -1; // "1.200.000": one separator, repeated, can only group thousands
        }
        String number = decimal < 0
                ? plain
                : plain.substring(0, decimal).replace(",", "").replace(".", "") + "." + plain.substring(decimal + 1);
        number = decimal < 0 ? number.replace(",", "").replace(".", "") : number;
        if (!number.matches("-?[0-9]+(\\.[0-9]+)?|-?\\.[0-9]+")) {
            throw new ParseException(text, 0);
        }
        return new BigDecimal(number);
    }

    @Override
    public String print(BigDecimal price, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(SupportedLocales.forFormatting(locale));
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(3);
        return format.format(price);
    }

    private static char other(char separator) {
        return separator == ',' ? '.' : ',';
    }

    private static String normalise(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                plain.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06f0' && c <= '\u06f9') {
                plain.append((char) ('0' + c - '\u06f0'));
            } else if (c == '\u066b') {
                plain.append(','); // Arabic decimal separator
            } else if (c == '\u066c' || c == '\'' || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                continue; // grouping
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}

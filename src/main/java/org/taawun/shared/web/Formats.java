package org.taawun.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.taawun.shared.money.Money;

/**
 * Formats money, numbers and dates for the language of the request; used in templates as {@code ${@fmt.money(m)}}.
 * Arabic uses the Western digits that Morocco and Tunisia write ({@link SupportedLocales#forFormatting}).
 */
@Component("fmt")
public class Formats {

    public static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");
    public static final ZoneId TUNISIA = ZoneId.of("Africa/Tunis");

    public String money(Money money) {
        if (money == null) {
            return "";
        }
        Currency currency = Currency.getInstance(money.currency());
        NumberFormat format = NumberFormat.getNumberInstance(formatLocale());
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(money.amount()) + "\u00a0" + currencySymbol(money.currency());
    }

    /** An amount in a currency, as {@link #money(Money)}. */
    public String price(java.math.BigDecimal amount, String currency) {
        return amount == null ? "" : money(new Money(amount, currency));
    }

    public String number(long value) {
        return integers().format(value);
    }

    /** A format of whole numbers for the language of the request, for a page that writes many (not thread-safe). */
    public NumberFormat integers() {
        return NumberFormat.getIntegerInstance(formatLocale());
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(formatLocale())
                        .format(date);
    }

    /**
     * A moment in Moroccan time. Arabic spells the month and writes the Arabic comma ("4 ديسمبر 2026، 20:04"): the
     * locale's short pattern ("04/12/2026, 20:04" with right-to-left marks) shows its parts and its comma in the wrong
     * order inside right-to-left text.
     */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter format = SupportedLocales.isRightToLeft(LocaleContextHolder.getLocale())
                ? ARABIC_DATE_TIME
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
        return format.withLocale(formatLocale()).withZone(MOROCCO).format(instant);
    }

    private static final DateTimeFormatter ARABIC_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM y، HH:mm");

    private static String currencySymbol(String code) {
        boolean arabic = SupportedLocales.isRightToLeft(LocaleContextHolder.getLocale());
        return switch (code) {
            case "MAD" -> arabic ? "د.م." : "MAD";
            case "TND" -> arabic ? "د.ت." : "TND";
            default -> code;
        };
    }

    private static Locale formatLocale() {
        return SupportedLocales.forFormatting(LocaleContextHolder.getLocale());
    }
}

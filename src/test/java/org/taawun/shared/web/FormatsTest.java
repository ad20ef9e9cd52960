package org.taawun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.taawun.shared.money.Money;

class FormatsTest {

    private final Formats fmt = new Formats();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest(name = "{0} {1} in {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1234.5 | MAD | fr | 1\u202f234,50\u00a0MAD",
                "1234.5 | MAD | en | 1,234.50\u00a0MAD",
                "1234.5 | TND | en | 1,234.500\u00a0TND",
                "1234.5 | TND | fr | 1\u202f234,500\u00a0TND",
                "45     | MAD | ar | 45,00\u00a0د.م.",
                "7.25   | TND | ar | 7,250\u00a0د.ت.",
            })
    void formatsMoneyForTheLanguage(String amount, String currency, String language, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        assertThat(fmt.money(Money.of(amount, currency))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "date in {0}")
    @CsvSource({"fr, 22 novembre 2026", "en, 'November 22, 2026'"})
    void formatsDatesForTheLanguage(String language, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        assertThat(fmt.date(LocalDate.of(2026, 11, 22))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Arabic uses Latin digits")
    @CsvSource({"ar"})
    void arabicDatesUseLatinDigits(String language) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        assertThat(fmt.date(LocalDate.of(2026, 11, 22))).contains("2026").contains("22");
    }

    @ParameterizedTest(name = "moment in {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // 19:04 UTC is 20:04 in Morocco (UTC+1); Moroccan Arabic names December "دجنبر"; Moroccan Arabic names
                // December "دجنبر"
                "ar | 4 دجنبر 2026، 20:04",
                "fr | 4 déc. 2026 20:04",
            })
    void formatsMomentsWithTheCommaOnTheSideTheLanguageWritesIt(String language, String expected) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        assertThat(fmt.dateTime(Instant.parse("2026-12-04T19:04:00Z"))).isEqualTo(expected);
    }
}

package org.taawun.shared.web;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface: Arabic first (right-to-left), French, English. */
public final class SupportedLocales {

    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale DEFAULT = ARABIC;
    public static final List<Locale> ALL = List.of(ARABIC, Locale.FRENCH, Locale.ENGLISH);

    /** Arabic formatted with the Western digits that Morocco writes. */
    private static final Locale ARABIC_FORMATS = Locale.forLanguageTag("ar-MA-u-nu-latn");

    private SupportedLocales() {}

    /** The supported locale with this language tag, if any ({@code "fr"}, {@code "fr-MA"}). */
    public static Optional<Locale> byTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The first supported locale among those a browser asks for, else Arabic. */
    public static Locale bestOf(Enumeration<Locale> requested) {
        while (requested.hasMoreElements()) {
            Optional<Locale> match = byTag(requested.nextElement().toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return DEFAULT;
    }

    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    /**
     * The locale that formats numbers and dates for pages and messages in this language: Arabic as written in Morocco,
     * with Western digits (0-9) rather than Arabic-Indic ones ({@code ar-MA-u-nu-latn}); the other languages as they
     * are. The language itself (messages, {@code <html lang>}) is unchanged.
     */
    public static Locale forFormatting(Locale locale) {
        return locale != null && isRightToLeft(locale) ? ARABIC_FORMATS : locale;
    }
}

package org.taawun.support.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Brings what a person types to one comparable form, the same for messages and for the phrase lists:
 *
 * <ol>
 *   <li>Unicode NFKC (presentation forms such as ﻻ, full-width letters), lower case, Arabic-Indic and Persian digits
 *       as 0-9;
 *   <li>diacritics removed: French accents (é → e, ç → c), Arabic harakat, shadda, sukun, tanwin and dagger alef; the
 *       hamza carriers fold with them (أ إ آ → ا, ؤ → و, ئ → ي); ٱ → ا, a lone ء is dropped, ة → ه, ى → ي, tatweel
 *       removed, and the Maghrebi letters ڭ گ ݣ ڨ → ك, ڤ → ف, Persian ک → ك, ی → ي; œ → oe, æ → ae;
 *   <li>Latin-script Darija (Arabizi): a digit written next to letters reads as the sound it stands for, the same
 *       scheme as the catalogue's search: 3 (ع) → a, 7 (ح) → h, 9 (ق) → q, 5 (خ) → kh, 8 (غ, Tunisia) → gh, 2 (ء)
 *       dropped; a number with a unit (5kg, 7h, 20dh) and a number alone (8350, 0) stay as they are;
 *   <li>punctuation and symbols become spaces (an apostrophe too: {@code l'hôpital} → {@code l hopital}), and a word
 *       that mixes Arabic and Latin script is split where the script changes;
 *   <li>letters repeated in a row are squeezed to one ({@code bzzzaf} → {@code bzaf}, {@code ساعدوووني} → {@code
 *       ساعدوني}); digits are not ({@code 1899} stays).
 * </ol>
 *
 * <p>The result is lossy on purpose and is only used to compare texts, never shown or stored.
 */
public final class TextNormaliser {

    /** What may follow a number for it to stay a number ({@code 5kg}, {@code 20dh}). */
    private static final Set<String> ARABIZI_UNITS =
            Set.of("kg", "gr", "g", "mg", "cl", "ml", "l", "cm", "mm", "km", "m", "h", "min", "dh", "dt", "x");

    private TextNormaliser() {}

    /** The normalised text: tokens separated by single spaces. */
    public static String normalise(String text) {
        return String.join(" ", tokens(text));
    }

    /** The normalised words of the text, in order. */
    public static List<String> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = foldLetters(text);
        List<String> tokens = new ArrayList<>();
        int length = folded.length();
        int start = 0;
        while (start < length) {
            int end = folded.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                addParts(folded.substring(start, end), tokens);
            }
            start = end + 1;
        }
        return tokens;
    }

    private static void addParts(String raw, List<String> tokens) {
        for (String part : splitScripts(raw)) {
            String token = squeeze(arabizi(part));
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
    }

    /** Steps 1, 2 and 4: one character at a time, anything but a letter or a digit becomes a space. */
    static String foldLetters(String text) {
        String decomposed = Normalizer.normalize(
                Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                fold(c, out);
            }
        }
        return out.toString().strip();
    }

    private static void fold(int c, StringBuilder out) {
        switch (c) {
            case 'ة' -> out.append('ه');
            case 'ى', 'ی' -> out.append('ي');
            case 'ٱ' -> out.append('ا');
            case 'ء', 'ـ' -> {}
            case 'ڭ', 'گ', 'ݣ', 'ڨ', 'ک' -> out.append('ك');
            case 'ڤ' -> out.append('ف');
            case 'œ' -> out.append("oe");
            case 'æ' -> out.append("ae");
            case 'ß' -> out.append("ss");
            default -> other(c, out);
        }
    }

    private static void other(int c, StringBuilder out) {
        if (Character.isDigit(c)) {
            out.append(Character.digit(c, 10));
        } else if (Character.isLetter(c)) {
            out.appendCodePoint(c);
        } else {
            out.append(' ');
        }
    }

    /** Splits {@code abcعربي} into {@code abc} and {@code عربي}: people sometimes forget the space when switching. */
    static List<String> splitScripts(String token) {
        List<String> parts = new ArrayList<>(1);
        int start = 0;
        for (int i = 1; i < token.length(); i++) {
            if (isArabic(token.charAt(i)) != isArabic(token.charAt(i - 1))) {
                parts.add(token.substring(start, i));
                start = i;
            }
        }
        parts.add(token.substring(start));
        return parts;
    }

    private static boolean isArabic(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /** Step 3, on one word: a digit after a letter, or before a letter that does not start a unit. */
    static String arabizi(String token) {
        if (!hasLetterAndDigit(token)) {
            return token;
        }
        StringBuilder out = new StringBuilder(token.length() + 2);
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String sound = sound(c);
            if (sound != null && readsAsLetter(token, i)) {
                out.append(sound);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean hasLetterAndDigit(String token) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < token.length() && !(letter && digit); i++) {
            char c = token.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit;
    }

    private static boolean readsAsLetter(String token, int i) {
        boolean afterLetter = i > 0 && Character.isLetter(token.charAt(i - 1));
        if (afterLetter) {
            return true;
        }
        boolean afterDigit = i > 0 && Character.isDigit(token.charAt(i - 1));
        boolean beforeLetter = i + 1 < token.length() && Character.isLetter(token.charAt(i + 1));
        return !afterDigit && beforeLetter && !isUnit(token.substring(i + 1));
    }

    private static boolean isUnit(String rest) {
        return ARABIZI_UNITS.contains(rest);
    }

    private static String sound(char digit) {
        return switch (digit) {
            case '3' -> "a";
            case '7' -> "h";
            case '9' -> "q";
            case '5' -> "kh";
            case '8' -> "gh";
            case '2' -> "";
            default -> null;
        };
    }

    /** Step 5: runs of one letter become that letter once; digits keep their runs. */
    static String squeeze(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (i > 0 && c == token.charAt(i - 1) && Character.isLetter(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}

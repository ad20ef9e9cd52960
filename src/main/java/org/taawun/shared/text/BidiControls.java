package org.taawun.shared.text;

import java.util.regex.Pattern;

/**
 * Bidirectional control characters (embeddings and overrides U+202A-U+202E, isolates U+2066-U+2069, the marks U+200E,
 * U+200F and U+061C): written into a name or a description they can reverse what follows on another person's screen
 * (a price, a phone number, a link). Arabic and mixed text display correctly without them, so they are removed from
 * every text people write ({@link FreeTextBinding}).
 */
public final class BidiControls {

    private static final Pattern CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");

    private BidiControls() {}

    /** The text without bidirectional control characters; {@code null} stays {@code null}. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E'
                    || c == '\u200F'
                    || c == '\u061C') {
                return CONTROLS.matcher(text).replaceAll("");
            }
        }
        return text;
    }
}

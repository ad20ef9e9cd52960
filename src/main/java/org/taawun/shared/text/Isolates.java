package org.taawun.shared.text;

/**
 * Values inserted into a plain-text sentence (SMS, e-mail, a message argument) read right in both directions when each
 * sits between the Unicode isolates FSI (U+2068) and PDI (U+2069): a French name, a number or a link in an Arabic
 * sentence keeps its own direction and does not drag the words around it. Elements of pages use {@code <bdi>}.
 */
public final class Isolates {

    public static final char FSI = '\u2068';
    public static final char PDI = '\u2069';

    private Isolates() {}

    /** The value between isolates ({@code ""} for {@code null} or an empty value). */
    public static String isolate(Object value) {
        String text = value == null ? "" : value.toString();
        return text.isEmpty() ? "" : FSI + text + PDI;
    }

    /**
     * A link between isolates, a space before the closing one: phones' link detection and the outbox's hiding of
     * secrets end a link at a space, not at an invisible isolate that they would take as part of the address.
     */
    public static String isolateLink(String link) {
        return FSI + link + " " + PDI;
    }
}

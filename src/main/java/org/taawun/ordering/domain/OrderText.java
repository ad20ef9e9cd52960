package org.taawun.ordering.domain;

import org.springframework.stereotype.Component;

/**
 * Values inserted into a sentence read right in both directions when each is isolated: a French product name, a part
 * number or a link in an Arabic sentence (and an Arabic name in a French one) keep their own direction and do not
 * drag the words around them. Plain-text messages (SMS, e-mail) and message arguments in templates use the Unicode
 * isolates FSI (U+2068) and PDI (U+2069); elements of pages use {@code <bdi>}. Templates call
 * {@code ${@orderText.isolate(value)}}.
 */
@Component("orderText")
public class OrderText {

    static final char FSI = '\u2068';
    static final char PDI = '\u2069';

    /** The value between isolates ({@code ""} for {@code null}). */
    public String isolate(Object value) {
        return isolated(value);
    }

    static String isolated(Object value) {
        return value == null ? "" : FSI + value.toString() + PDI;
    }

    /**
     * A link between isolates, a space before the closing one: phones' link detection and the outbox's hiding of
     * secrets end a link at a space, not at an invisible isolate that they would take as part of the address.
     */
    static String isolatedLink(String link) {
        return FSI + link + " " + PDI;
    }
}

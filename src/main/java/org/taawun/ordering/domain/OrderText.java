package org.taawun.ordering.domain;

import org.springframework.stereotype.Component;
import org.taawun.shared.text.Isolates;

/**
 * Isolated values ({@link Isolates}) for ordering's messages and templates: a French product name, a part number or a
 * link in an Arabic sentence keeps its own direction. Templates call {@code ${@orderText.isolate(value)}}.
 */
@Component("orderText")
public class OrderText {

    static final char FSI = Isolates.FSI;
    static final char PDI = Isolates.PDI;

    /** The value between isolates ({@code ""} for {@code null}). */
    public String isolate(Object value) {
        return isolated(value);
    }

    static String isolated(Object value) {
        return Isolates.isolate(value);
    }

    static String isolatedLink(String link) {
        return Isolates.isolateLink(link);
    }
}

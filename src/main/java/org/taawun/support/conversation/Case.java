package org.taawun.support.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One way out of a router: chosen by its quick reply (payload {@code <node>:<category>}), by one of its keywords
 * written in her message (normalised like the phrase lists, with typo tolerance), or by the recognised {@link
 * org.taawun.support.Intent}.
 *
 * @param title the quick reply's title per language (at most 20 characters); empty when no quick reply is shown
 * @param exit the node to go to
 */
public record Case(String category, Map<String, String> title, List<String> keywords, String intent, String exit) {

    public Case {
        title = title == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(title));
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public Case withTitle(Map<String, String> changed) {
        return new Case(category, changed, keywords, intent, exit);
    }
}

package org.taawun.support.conversation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.taawun.support.understanding.TextNormaliser;

/**
 * The normalised words of the texts a message is compared with: the keywords of the flows and the names of regions
 * and cities. They are the same for every message, so each is normalised once and kept; what a person writes never
 * goes here (it is normalised for each message and not kept). The memory is bounded: past {@link #MAXIMUM} texts
 * (flows edited again and again), it starts afresh.
 */
final class FlowWords {

    static final int MAXIMUM = 20_000;

    private static final Map<String, List<String>> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, String> NORMALISED = new ConcurrentHashMap<>();

    private FlowWords() {}

    /** {@link TextNormaliser#tokens} of a text of the flows or the directory. */
    static List<String> tokens(String text) {
        return remembered(TOKENS, text, t -> List.copyOf(TextNormaliser.tokens(t)));
    }

    /** {@link TextNormaliser#normalise} of a text of the flows or the directory. */
    static String normalised(String text) {
        return remembered(NORMALISED, text, TextNormaliser::normalise);
    }

    private static <T> T remembered(Map<String, T> memory, String text, Function<String, T> compute) {
        if (text == null) {
            return compute.apply(null);
        }
        T known = memory.get(text);
        if (known != null) {
            return known;
        }
        if (memory.size() >= MAXIMUM) {
            memory.clear();
        }
        T computed = compute.apply(text);
        memory.put(text, computed);
        return computed;
    }
}

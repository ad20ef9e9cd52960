package org.taawun.support.understanding;

import java.util.List;

/**
 * A phrase of a list, as normalised words. A word ending in {@code *} matches any word it begins (at least three
 * letters before the star). A whole phrase is recognised only when it is the entire message.
 *
 * @param words the normalised words
 * @param whole whether the message must be this phrase and nothing else
 * @param line where the phrase is written in its file, to explain a match
 * @param language the language the phrase is written in ({@code ar}, {@code fr}, {@code en}, {@code ary-Latn} for
 *     Darija in Latin script), or null when its list does not say
 */
public record Phrase(List<String> words, boolean whole, int line, String language) {

    public Phrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase on line " + line);
        }
    }

    public int size() {
        return words.size();
    }

    /** The phrase as its list holds it: two phrases with the same key are the same phrase. */
    public String key() {
        return (whole ? "= " : "") + String.join(" ", words);
    }

    @Override
    public String toString() {
        return key() + " (line " + line + ")";
    }
}

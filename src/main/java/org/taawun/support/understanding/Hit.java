package org.taawun.support.understanding;

/**
 * A phrase found in a message: the words {@code start} (inclusive) to {@code end} (exclusive) of the normalised
 * message, how well they match (one per word of the phrase, less for typos and for a word skipped in between), and
 * how many of its words were read through a typo.
 */
public record Hit(PhraseList list, Phrase phrase, int start, int end, double score, int typos) {

    public boolean overlaps(Hit other) {
        return start < other.end && other.start < end;
    }

    /** The hit's weight in its list's ranking. */
    public double weighted() {
        return score * list.weight();
    }
}

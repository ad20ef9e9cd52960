package org.taawun.support.understanding;

/**
 * Typing mistakes tolerated when a word of a message is compared with a word of a phrase list: none for words of up to
 * four letters, one edit from five letters, two from eight. An edit is a letter added, dropped, replaced, or two
 * neighbours swapped (Damerau-Levenshtein, optimal string alignment). The first letter must be right, as in Lucene's
 * fuzzy queries with a prefix of one: this keeps "courir" from reading as "mourir".
 */
public final class Typos {

    private Typos() {}

    /** How many edits a word of this many letters tolerates. */
    public static int tolerance(int length) {
        if (length >= 8) {
            return 2;
        }
        return length >= 5 ? 1 : 0;
    }

    /** Whether {@code typed} is {@code expected} with at most its tolerated number of mistakes (and not equal). */
    public static boolean near(String typed, String expected) {
        int max = tolerance(expected.length());
        if (max == 0
                || typed.isEmpty()
                || typed.equals(expected)
                || typed.charAt(0) != expected.charAt(0)
                || Math.abs(typed.length() - expected.length()) > max
                || isNegationOf(typed, expected)) {
            return false;
        }
        return distance(typed, expected, max) <= max;
    }

    /**
     * Darija negates a verb by wrapping it ({@code ma kaydrebnich}, {@code ما كيضربنيش}): the suffix is two letters
     * that would pass for typos of a long word, so a word that is the expected one plus that suffix is not near it.
     */
    static boolean isNegationOf(String typed, String expected) {
        return typed.startsWith(expected)
                && (typed.endsWith("ch") || typed.endsWith("sh") || typed.endsWith("ش"))
                && typed.length() - expected.length() <= 2;
    }

    /** The optimal string alignment distance, or {@code max + 1} as soon as it is known to exceed {@code max}. */
    public static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], max + 1);
    }
}

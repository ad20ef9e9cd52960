package org.taawun.catalog.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.taawun.catalog.search.SearchAnalyzers.Language;

/**
 * The words of the synonym list, to read a misspelt query word as the known word it is closest to ("pomegranat" →
 * "pomegranate", "couscouss" → "couscous"), which then brings its synonyms in every language, and to suggest known
 * words when nothing matched. Words are compared as the Latin-script analyser folds them.
 */
final class SynonymVocabulary {

    /** Folded form → the word as written in the list (the first one with that form). */
    private final Map<String, String> words = new LinkedHashMap<>();

    private final Analyzer folding = SearchAnalyzers.index(Language.LATIN);

    SynonymVocabulary() {
        try (BufferedReader file = new BufferedReader(SearchAnalyzers.synonymsFile())) {
            String line;
            while ((line = file.readLine()) != null) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                for (String word : line.split(",")) {
                    String folded = fold(word);
                    if (folded != null) {
                        words.putIfAbsent(folded, word.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isKnown(String word) {
        String folded = fold(word);
        return folded != null && words.containsKey(folded);
    }

    /**
     * Known words close to the word (none when it is itself known), closest first; how close depends on the length of
     * the folded word.
     */
    List<String> closest(String word, IntUnaryOperator editsForLength) {
        String folded = fold(word);
        if (folded == null || words.containsKey(folded)) {
            return List.of();
        }
        int maxEdits = editsForLength.applyAsInt(folded.codePointCount(0, folded.length()));
        if (maxEdits <= 0) {
            return List.of();
        }
        record Candidate(String word, int edits) {}
        List<Candidate> candidates = new ArrayList<>();
        words.forEach((known, written) -> {
            int edits = editDistance(folded, known, maxEdits);
            if (edits <= maxEdits) {
                candidates.add(new Candidate(written, edits));
            }
        });
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::edits))
                .map(Candidate::word)
                .toList();
    }

    /** The single term the Latin-script analyser makes of a word, or null when it makes none or several. */
    private String fold(String word) {
        List<String> terms = SearchAnalyzers.terms(folding, word.strip());
        return terms.size() == 1 ? terms.get(0) : null;
    }

    /** Levenshtein distance with transpositions counted as one edit (as Lucene's fuzzy queries do), capped. */
    static int editDistance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return cap + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

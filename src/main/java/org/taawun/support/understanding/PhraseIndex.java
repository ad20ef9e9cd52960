package org.taawun.support.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the phrases of several lists in a message. Built once from the lists; {@link #find(List)} is thread-safe and
 * keeps nothing of the message.
 *
 * <p>A word of the message matches a word of a phrase when one of their {@linkplain WordForms forms} is equal (score
 * 1), when the phrase word ends in {@code *} and the message word begins with it (score 1), or, for a message word
 * that matches no word of the lists in these two ways, when they are {@linkplain Typos#near near} each other (score
 * 0.75): a word that is in a list is taken as written, not as a typo of another one. The words of a phrase must come
 * in order; one other word may stand between two of them (score 0.25 less), so that "il va vraiment me tuer" holds
 * "il va me tuer". Only the first {@link #MAX_WORDS} words of a message are read.
 */
public final class PhraseIndex {

    static final double TYPO_SCORE = 0.75;
    static final double GAP_PENALTY = 0.25;
    /** Longer texts are read up to here: a message of a chat is far shorter; this bounds the work on abuse. */
    public static final int MAX_WORDS = 600;

    private record Entry(PhraseList list, Phrase phrase) {}

    private final List<PhraseList> lists;
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, Set<String>> wordsByForm = new HashMap<>();
    /** Listed words that tolerate a typo, by first letter then by length, in the order they were listed. */
    private final Map<Character, List<List<String>>> typoCandidates = new HashMap<>();

    private final List<String> stems = new ArrayList<>();
    private final Set<String> vocabulary = new HashSet<>();

    public PhraseIndex(List<PhraseList> lists) {
        this.lists = List.copyOf(lists);
        for (PhraseList list : lists) {
            for (Phrase phrase : list.phrases()) {
                byFirstWord
                        .computeIfAbsent(phrase.words().get(0), w -> new ArrayList<>())
                        .add(new Entry(list, phrase));
                phrase.words().forEach(this::addWord);
            }
        }
    }

    private void addWord(String word) {
        if (word.endsWith("*")) {
            if (!stems.contains(word)) {
                stems.add(word);
            }
            return;
        }
        if (!vocabulary.add(word)) {
            return;
        }
        for (String form : WordForms.of(word)) {
            wordsByForm.computeIfAbsent(form, f -> new HashSet<>()).add(word);
        }
        if (Typos.tolerance(word.length()) > 0) {
            List<List<String>> byLength = typoCandidates.computeIfAbsent(word.charAt(0), c -> new ArrayList<>());
            while (byLength.size() <= word.length()) {
                byLength.add(new ArrayList<>());
            }
            byLength.get(word.length()).add(word);
        }
    }

    public List<PhraseList> lists() {
        return lists;
    }

    /** Every phrase of every list found in the normalised words, overlapping ones included. */
    public List<Hit> find(List<String> tokens) {
        List<String> words = tokens.size() > MAX_WORDS ? tokens.subList(0, MAX_WORDS) : tokens;
        List<Map<String, Double>> matches = new ArrayList<>(words.size());
        Map<String, Map<String, Double>> seen = new HashMap<>();
        for (String token : words) {
            matches.add(seen.computeIfAbsent(token, this::vocabularyMatches));
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Map.Entry<String, Double> first : matches.get(i).entrySet()) {
                for (Entry entry : byFirstWord.getOrDefault(first.getKey(), List.of())) {
                    Hit hit = match(entry, matches, i, first.getValue());
                    if (hit != null) {
                        hits.add(hit);
                    }
                }
            }
        }
        return hits;
    }

    /** The phrase words (and stems) this message word matches, with the score of each match. */
    private Map<String, Double> vocabularyMatches(String token) {
        Map<String, Double> found = new HashMap<>();
        Set<String> forms = WordForms.of(token);
        for (String form : forms) {
            for (String word : wordsByForm.getOrDefault(form, Set.of())) {
                found.put(word, 1.0);
            }
        }
        for (String stem : stems) {
            if (beginsWithStem(forms, stem)) {
                found.put(stem, 1.0);
            }
        }
        // A word that is in the lists (or begins a listed stem) is taken as written, not as a typo of another one.
        if (found.isEmpty() && token.length() >= 4 && Character.isLetter(token.charAt(0))) {
            for (String form : forms) {
                addNear(form, found);
            }
        }
        return found;
    }

    private static boolean beginsWithStem(Set<String> forms, String stem) {
        int letters = stem.length() - 1;
        for (String form : forms) {
            if (form.regionMatches(0, stem, 0, letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the listed words near the form. Only words with the form's first letter, at most two letters longer or
     * shorter, can be near it (see {@link Typos#near}), so only those are compared, in the order they were listed.
     */
    private void addNear(String form, Map<String, Double> found) {
        if (form.isEmpty()) {
            return;
        }
        List<List<String>> byLength = typoCandidates.get(form.charAt(0));
        if (byLength == null) {
            return;
        }
        int longest = Math.min(form.length() + 2, byLength.size() - 1);
        for (int length = Math.max(0, form.length() - 2); length <= longest; length++) {
            for (String word : byLength.get(length)) {
                if (!found.containsKey(word) && Typos.near(form, word)) {
                    found.put(word, TYPO_SCORE);
                }
            }
        }
    }

    private static Hit match(Entry entry, List<Map<String, Double>> matches, int start, double firstScore) {
        Phrase phrase = entry.phrase();
        if (phrase.whole() && (start != 0 || matches.size() != phrase.size())) {
            return null;
        }
        if (entry.list().maxWords() > 0 && matches.size() > entry.list().maxWords()) {
            return null;
        }
        Path best = new Path();
        best.score = -1;
        extend(phrase, matches, 1, start + 1, firstScore, firstScore < 1 ? 1 : 0, phrase.whole(), best);
        return best.score < 0 ? null : new Hit(entry.list(), phrase, start, best.end, best.score, best.typos);
    }

    /** The best way found so far through the message for one phrase. */
    private static final class Path {
        double score;
        int end;
        int typos;
    }

    /** Tries the next word of the phrase right after the previous one, or one word further. */
    private static void extend(
            Phrase phrase,
            List<Map<String, Double>> matches,
            int word,
            int position,
            double score,
            int typos,
            boolean adjacentOnly,
            Path best) {
        if (word == phrase.size()) {
            if (score > best.score) {
                best.score = score;
                best.end = position;
                best.typos = typos;
            }
            return;
        }
        int maxSkip = adjacentOnly ? 0 : 1;
        for (int skip = 0; skip <= maxSkip; skip++) {
            int at = position + skip;
            if (at >= matches.size()) {
                return;
            }
            Double s = matches.get(at).get(phrase.words().get(word));
            if (s != null) {
                extend(
                        phrase,
                        matches,
                        word + 1,
                        at + 1,
                        score + s - skip * GAP_PENALTY,
                        typos + (s < 1 ? 1 : 0),
                        adjacentOnly,
                        best);
            }
        }
    }
}

package org.taawun.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.taawun.support.understanding.Hit;
import org.taawun.support.understanding.PhraseIndex;
import org.taawun.support.understanding.PhraseList;
import org.taawun.support.understanding.TextNormaliser;

/**
 * Recognises what a message is about from keyword and phrase lists per intent ({@code
 * support/understanding/intents/<intent>.txt}), in Darija (Arabic and Latin script), Arabic, French and English, with
 * the normalisation of {@link TextNormaliser} and the typo tolerance of {@link
 * org.taawun.support.understanding.Typos}. Each intent scores the words of its phrases found (phrases that overlap
 * count once); greetings count half, so that "salam, bghit mou7ami" is about legal aid; the menu words count only in
 * short messages, and "0" only alone. Danger, from {@link DangerDetector}, comes first whatever else is found.
 *
 * <p>Nothing of the message is kept or logged.
 */
@Component
public class IntentMatcher {

    static final String FOLDER = "support/understanding/intents/";
    /** Common words taken as written, never as a typo of a listed word; not an intent. */
    static final String KNOWN_WORDS = "known-words";
    /** Longer messages are read up to here (the web form and Messenger send far less). */
    static final int MAX_CHARACTERS = 8_000;

    private final DangerDetector danger;
    private final PhraseIndex index;

    public IntentMatcher(DangerDetector danger) {
        this.danger = danger;
        List<PhraseList> lists = new ArrayList<>();
        for (Intent intent : Intent.values()) {
            if (intent != Intent.DANGER_NOW) {
                lists.add(PhraseList.read(FOLDER + intent.listName() + ".txt"));
            }
        }
        lists.add(PhraseList.read(FOLDER + KNOWN_WORDS + ".txt"));
        this.index = new PhraseIndex(lists);
    }

    public IntentMatch match(String text) {
        return matchWords(TextNormaliser.tokens(bounded(text)));
    }

    /**
     * What a message is about, from its words as {@link TextNormaliser#tokens} gives them: for a caller that needs
     * the words too, so that a message is normalised once.
     */
    public IntentMatch matchWords(List<String> tokens) {
        if (tokens.isEmpty()) {
            return IntentMatch.UNKNOWN;
        }
        DangerSignal signal = danger.assessTokens(tokens);
        List<Intent> ranked = new ArrayList<>();
        if (signal.alarm()) {
            ranked.add(Intent.DANGER_NOW);
        }
        Map<Intent, Double> scores = scores(index.find(tokens));
        scores.entrySet().stream()
                .sorted(Map.Entry.<Intent, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ranked.add(e.getKey()));
        return new IntentMatch(ranked, signal);
    }

    /** The phrases found for each intent, to explain a decision in tests. */
    List<Hit> explain(String text) {
        return index.find(TextNormaliser.tokens(bounded(text)));
    }

    /** Per intent, the weighted words of its best non-overlapping phrases. */
    private static Map<Intent, Double> scores(List<Hit> hits) {
        Map<Intent, List<Hit>> kept = new EnumMap<>(Intent.class);
        hits.stream()
                .filter(hit -> !hit.list().name().equals(KNOWN_WORDS))
                .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(h -> h.end() - h.start()))
                .forEach(hit -> {
                    List<Hit> chosen = kept.computeIfAbsent(intentOf(hit), i -> new ArrayList<>());
                    if (chosen.stream().noneMatch(hit::overlaps)) {
                        chosen.add(hit);
                    }
                });
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        kept.forEach((intent, chosen) ->
                scores.put(intent, chosen.stream().mapToDouble(Hit::weighted).sum()));
        return scores;
    }

    private static Intent intentOf(Hit hit) {
        return Intent.valueOf(hit.list().name().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static String bounded(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
    }
}

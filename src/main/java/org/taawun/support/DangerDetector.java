package org.taawun.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.taawun.support.understanding.Hit;
import org.taawun.support.understanding.PhraseIndex;
import org.taawun.support.understanding.PhraseList;
import org.taawun.support.understanding.TextNormaliser;

/**
 * Recognises a person in danger now, in Darija (Arabic and Latin script), Arabic, French and English: threats to life,
 * violence happening now, self-harm, confinement, a weapon, rape told in the first person, injury, calls for help.
 * The phrases are in {@code support/understanding/danger/<kind>.txt}; the figures of speech that must not raise the
 * alarm ("je meurs de rire", "ميتة بالضحك", "dying to see") are in {@code not-danger.txt}, and a danger phrase that
 * overlaps one of them (found without typos) is set aside. Habitual violence told without "now" ("he beats me") is a
 * topic for the flows, not an alarm; a threat that may be a figure of speech ("this job will kill me") alarms, because
 * the flow then asks.
 *
 * <p>Nothing of the message is kept or logged.
 */
@Component
public class DangerDetector {

    static final String FOLDER = "support/understanding/danger/";
    static final String FIGURES_OF_SPEECH = "not-danger";

    private final PhraseIndex index;

    public DangerDetector() {
        List<PhraseList> lists = new ArrayList<>();
        for (DangerKind kind : DangerKind.values()) {
            lists.add(PhraseList.read(FOLDER + kind.listName() + ".txt"));
        }
        lists.add(PhraseList.read(FOLDER + FIGURES_OF_SPEECH + ".txt"));
        this.index = new PhraseIndex(lists);
    }

    public DangerSignal assess(String text) {
        return assessTokens(TextNormaliser.tokens(IntentMatcher.bounded(text)));
    }

    DangerSignal assessTokens(List<String> tokens) {
        Set<DangerKind> kinds = EnumSet.noneOf(DangerKind.class);
        Set<String> languages = new HashSet<>();
        for (Hit hit : alarming(tokens)) {
            kinds.add(kindOf(hit));
            languages.add(String.valueOf(hit.phrase().language()));
        }
        String language = languages.size() == 1 ? only(languages) : null;
        return kinds.isEmpty() ? DangerSignal.NONE : new DangerSignal(kinds, language);
    }

    /** The danger phrases found and kept, to explain a decision in tests. */
    List<Hit> explain(String text) {
        return alarming(TextNormaliser.tokens(IntentMatcher.bounded(text)));
    }

    private List<Hit> alarming(List<String> tokens) {
        List<Hit> hits = index.find(tokens);
        // A figure of speech counts only as written: a typo of a danger word must never be excused by it.
        List<Hit> figures = hits.stream()
                .filter(h -> h.list().name().equals(FIGURES_OF_SPEECH) && h.typos() == 0)
                .toList();
        return hits.stream()
                .filter(h -> !h.list().name().equals(FIGURES_OF_SPEECH))
                .filter(h -> figures.stream().noneMatch(h::overlaps))
                .toList();
    }

    /** The one language of the phrases found ("null" when their list does not say). */
    private static String only(Set<String> languages) {
        String language = languages.iterator().next();
        return "null".equals(language) ? null : language;
    }

    private static DangerKind kindOf(Hit hit) {
        return DangerKind.valueOf(hit.list().name().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

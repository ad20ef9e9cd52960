package org.taawun.support;

import java.util.List;
import java.util.Optional;

/**
 * What {@link IntentMatcher} understood of a message.
 *
 * @param intents the recognised intents, best first ({@link Intent#DANGER_NOW} first whenever the alarm is raised);
 *     empty when nothing was recognised
 * @param danger the danger signal, {@link DangerSignal#NONE} when there is none
 */
public record IntentMatch(List<Intent> intents, DangerSignal danger) {

    public static final IntentMatch UNKNOWN = new IntentMatch(List.of(), DangerSignal.NONE);

    public IntentMatch {
        intents = List.copyOf(intents);
    }

    public Optional<Intent> best() {
        return intents.stream().findFirst();
    }

    public boolean isDanger() {
        return danger.alarm();
    }

    public boolean isUnknown() {
        return intents.isEmpty();
    }

    /** Whether this intent was recognised at all, not necessarily first. */
    public boolean has(Intent intent) {
        return intents.contains(intent);
    }
}

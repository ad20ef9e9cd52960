package org.taawun.support.conversation;

import java.util.List;
import org.taawun.support.IntentMatch;

/**
 * Her message as the router reads it: the payload of a tapped quick reply, or her text (already bounded and
 * cleaned), its normalised words, and what {@link org.taawun.support.IntentMatcher} recognised in it.
 */
record Answer(String text, String payload, List<String> words, IntentMatch match) {

    boolean tapped() {
        return payload != null;
    }
}

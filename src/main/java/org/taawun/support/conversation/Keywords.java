package org.taawun.support.conversation;

import java.util.List;
import org.taawun.support.understanding.TextNormaliser;
import org.taawun.support.understanding.Typos;

/**
 * Whether a message holds one of a case's keywords: both go through {@link TextNormaliser} (so {@code oui},
 * {@code Oui !} and {@code ouii} read the same, and {@code 3} as Arabizi), the words of a keyword must follow each
 * other, and a message word within the typo tolerance of {@link Typos} counts. A keyword of one short word ("no",
 * "لا") counts only in a short message, so that "la police" is not "لا".
 */
final class Keywords {

    static final int SHORT_WORD = 3;
    static final int SHORT_MESSAGE = 3;

    private Keywords() {}

    static boolean anyIn(List<String> keywords, List<String> message) {
        for (String keyword : keywords) {
            if (in(FlowWords.tokens(keyword), message)) {
                return true;
            }
        }
        return false;
    }

    static boolean in(List<String> keyword, List<String> message) {
        if (keyword.isEmpty() || keyword.size() > message.size()) {
            return false;
        }
        if (keyword.size() == 1 && keyword.get(0).length() <= SHORT_WORD && message.size() > SHORT_MESSAGE) {
            return false;
        }
        for (int start = 0; start + keyword.size() <= message.size(); start++) {
            if (matchesAt(keyword, message, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<String> keyword, List<String> message, int start) {
        for (int i = 0; i < keyword.size(); i++) {
            String typed = message.get(start + i);
            String expected = keyword.get(i);
            if (!typed.equals(expected) && !Typos.near(typed, expected)) {
                return false;
            }
        }
        return true;
    }
}

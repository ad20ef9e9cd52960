package org.taawun.support.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taawun.support.DangerDetector;
import org.taawun.support.Intent;
import org.taawun.support.IntentMatcher;

/** The words the shipped texts tell her to write do what the texts promise. */
class ShippedWordsTest {

    static final DangerDetector DANGER = new DangerDetector();
    static final IntentMatcher MATCHER = new IntentMatcher(DANGER);

    @Test
    void theWordForDangerRaisesTheAlarmInEachLanguage() {
        for (String word : new String[] {"danger", "خطر", "«خطر»"}) {
            assertThat(DANGER.assess(word).alarm()).as(word).isTrue();
        }
    }

    @Test
    void theWordForTheMenuBringsTheMenuBack() {
        for (String word : new String[] {"menu", "قائمة", "«menu»", "0"}) {
            assertThat(MATCHER.match(word).best()).as(word).contains(Intent.MENU);
        }
    }

    @Test
    void askingToCallSomeoneIsAskingForACounsellor() {
        for (String text : new String[] {"bghit n3ayt l chi 7ad", "بغيت نعيط لشي حد", "je veux appeler quelqu’un"}) {
            assertThat(MATCHER.match(text).best()).as(text).contains(Intent.COUNSELLOR);
        }
    }
}

package org.taawun.support.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Sender ids are kept in memory as long as a conversation lives, or the reply window while a hand-off is open. */
class RecipientsTest {

    final MutableClock clock = new MutableClock();
    final Recipients recipients = new Recipients(WebhookSignatureTest.properties("s"), clock);

    @Test
    void aSenderIdIsForgottenThirtyMinutesAfterHerLastMessage() {
        recipients.wrote("key", "psid", false);
        clock.advance(Duration.ofMinutes(29));
        assertThat(recipients.of("key")).map(Recipients.Recipient::senderId).contains("psid");
        recipients.wrote("key", "psid", false);
        clock.advance(Duration.ofMinutes(29));
        assertThat(recipients.of("key")).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(recipients.of("key")).isEmpty();
    }

    @Test
    void duringAHandoffItIsKeptForTheReplyWindowThenThirtyMinutesAfterItCloses() {
        recipients.wrote("key", "psid", true);
        clock.advance(Duration.ofHours(23));
        assertThat(recipients.of("key")).isPresent();
        recipients.handoffClosed("key");
        clock.advance(Duration.ofMinutes(31));
        assertThat(recipients.of("key")).isEmpty();

        recipients.wrote("other", "psid2", true);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(recipients.of("other")).isEmpty();
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

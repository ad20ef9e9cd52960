package org.taawun.support.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.TaawunTest;
import org.taawun.identity.TaawunUser;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/** Everything a hand-off kept is erased once the retention (24 hours) has passed; only the counts remain. */
@TaawunTest
class HandoffErasureTest {

    @Autowired
    Handoffs handoffs;

    @Autowired
    CounsellorDesk desk;

    @Autowired
    HandoffEraser eraser;

    @Autowired
    HandoffFixtures fixtures;

    @Autowired
    HandoffProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReachableConversations reachable;

    @Autowired
    ConversationHasher hasher;

    @Test
    void theRetentionIsADayByDefault() {
        assertThat(properties.retention()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aClosedHandOffIsErasedWithItsMessagesAfterTheRetention() {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "fr", "HEALTH", false);
        UUID id = fixtures.idOf(handle);
        handoffs.personWrote(key, "I need a doctor");
        TaawunUser counsellor = HandoffFixtures.counsellor();
        HandoffFixtures.as(counsellor, () -> {
            desk.take(id);
            desk.reply(id, "The hospital unit is open all night");
            desk.close(id);
            return null;
        });
        long counts = dailyCounts();

        eraser.eraseExpired(Instant.now().plus(Duration.ofHours(23)));
        assertThat(fixtures.status(handle)).as("kept for a day").isEqualTo("CLOSED");
        assertThat(fixtures.messageCount(id)).isEqualTo(2);

        eraser.eraseExpired(Instant.now().plus(Duration.ofHours(25)));
        assertThat(fixtures.status(handle)).isEqualTo("ERASED");
        assertThat(fixtures.messageCount(id)).isZero();
        assertThat(dailyCounts()).as("the statistics stay").isEqualTo(counts);
    }

    @Test
    void anAbandonedWaitingHandOffIsErasedAfterTheRetentionFromItsLastMessage() {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "ar", null, false);
        UUID id = fixtures.idOf(handle);
        handoffs.personWrote(key, "hello?");

        eraser.eraseExpired(Instant.now().plus(Duration.ofHours(23)));
        assertThat(handoffs.isOpen(key)).isTrue();

        eraser.eraseExpired(Instant.now().plus(Duration.ofHours(24)).plus(Duration.ofMinutes(5)));
        assertThat(fixtures.status(handle)).isEqualTo("ERASED");
        assertThat(fixtures.messageCount(id)).isZero();
        assertThat(handoffs.isOpen(key)).isFalse();
    }

    @Test
    void aHandOffStillInUseIsKept() {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "ar", null, false);
        jdbc.sql("update support.handoffs set requested_at = requested_at - interval '3 days',"
                        + " last_message_at = last_message_at - interval '3 days' where handle = ?")
                .param(handle)
                .update();
        handoffs.personWrote(key, "still here");

        eraser.eraseExpired(Instant.now().plus(Duration.ofHours(23)));

        assertThat(handoffs.isOpen(key))
                .as("counted from her last message, not from the request")
                .isTrue();
    }

    @Test
    void eachNodeForgetsTheKeysOfHandOffsClosedElsewhere() {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "ar", null, false);
        String hash = hasher.hash(key);
        assertThat(reachable.keyOf(hash)).contains(key);
        jdbc.sql("update support.handoffs set status = 'TAKEN', counsellor_id = ?, taken_at = now() where handle = ?")
                .params(UUID.randomUUID(), handle)
                .update();
        jdbc.sql("update support.handoffs set status = 'CLOSED', closed_at = now() where handle = ?")
                .param(handle)
                .update();

        eraser.eraseExpired(Instant.now());

        assertThat(reachable.keyOf(hash)).isEmpty();
        assertThat(fixtures.status(handle)).as("still within its retention").isEqualTo("CLOSED");
    }

    private long dailyCounts() {
        return jdbc.sql("select coalesce(sum(count), 0) from support.daily_counts")
                .query(Long.class)
                .single();
    }
}

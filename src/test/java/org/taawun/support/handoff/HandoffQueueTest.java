package org.taawun.support.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.taawun.TaawunTest;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/** The engine's side: joining the queue, writing while the hand-off is open, and what the database keeps. */
@TaawunTest
class HandoffQueueTest {

    @Autowired
    Handoffs handoffs;

    @Autowired
    HandoffFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestOpensOneHandOffUnderARandomHandle() {
        ConversationKey key = HandoffFixtures.webKey();
        assertThat(handoffs.isOpen(key)).isFalse();
        assertThat(handoffs.handleOf(key)).isEmpty();

        String handle = handoffs.request(key, "fr", "LEGAL_AID", false);

        assertThat(handle).matches("[A-Z][a-z]+-[0-9]{3}");
        assertThat(handoffs.isOpen(key)).isTrue();
        assertThat(handoffs.handleOf(key)).contains(handle);
        assertThat(handoffs.request(key, "fr", "LEGAL_AID", false))
                .as("the open one is kept")
                .isEqualTo(handle);
        assertThat(jdbc.sql("select count(*) from support.handoffs where handle = ?")
                        .param(handle)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(handoffs.isOpen(HandoffFixtures.webKey()))
                .as("another conversation")
                .isFalse();
    }

    @Test
    void handlesAreNotDerivedFromTheConversation() {
        Set<String> handles = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            handles.add(handoffs.request(HandoffFixtures.webKey(), "ar", "SHELTER", false));
        }
        assertThat(handles)
                .as("same language, topic and flag, different handles")
                .hasSizeGreaterThan(1);
    }

    @Test
    void theSameIdOnAnotherChannelIsAnotherConversation() {
        String id = "same-" + UUID.randomUUID();
        String web = handoffs.request(new ConversationKey(ChatChannel.WEB, id), "ar", null, false);
        String messenger = handoffs.request(new ConversationKey(ChatChannel.MESSENGER, id), "ar", null, false);
        assertThat(messenger).isNotEqualTo(web);
    }

    @Test
    void whatSheWritesIsKeptOnlyWhileTheHandOffIsOpen() {
        ConversationKey key = HandoffFixtures.webKey();
        handoffs.personWrote(key, "before any hand-off");
        String handle = handoffs.request(key, "ar", null, false);
        UUID id = fixtures.idOf(handle);

        handoffs.personWrote(key, "  I am afraid of him  ");
        handoffs.personWrote(key, "   ");
        handoffs.personWrote(key, null);
        handoffs.personWrote(key, "x".repeat(HandoffQueue.MAX_PERSON_TEXT + 500));

        List<String> messages = fixtures.messages(id);
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).isEqualTo("PERSON: I am afraid of him");
        assertThat(messages.get(1)).hasSize("PERSON: ".length() + HandoffQueue.MAX_PERSON_TEXT);
        assertThat(jdbc.sql("select count(*) from support.handoff_messages where body like '%before any%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theConversationKeyIsStoredOnlyAsAKeyedHash() {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "en", "DANGER_NOW", true);
        Map<String, Object> row = row(handle);
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(key.id()));
        assertThat((String) row.get("conversation_hash")).matches("[0-9a-f]{64}");
        assertThat(row.get("danger")).isEqualTo(true);
        assertThat(row.get("status")).isEqualTo("WAITING");
    }

    @Test
    void aLaterAlarmMovesAWaitingHandOffForward() {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "ar", "SHELTER", false);
        handoffs.request(key, "ar", "DANGER_NOW", true);
        assertThat(row(handle)).containsEntry("danger", true);
    }

    @Test
    void anUnknownLanguageOrTopicIsNotStoredAsGiven() {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "xx", "my husband's name is Ahmed", false);
        assertThat(row(handle)).containsEntry("language", "ar").containsEntry("topic", "OTHER");
    }

    private Map<String, Object> row(String handle) {
        return jdbc.sql("select * from support.handoffs where handle = ?")
                .param(handle)
                .query()
                .singleRow();
    }
}

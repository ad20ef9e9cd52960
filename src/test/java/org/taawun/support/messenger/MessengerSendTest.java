package org.taawun.support.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.QuickReply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Replies leave through the outbox to the Send API (a local stub), in order, with no row locked during the call,
 * retried a bounded number of times whatever the failure, and leave no sender id.
 */
class MessengerSendTest extends MessengerSpringTest {

    @Autowired
    ObjectMapper json;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MeterRegistry registry;

    @Test
    void theAnswerGoesToTheSendApiWithQuickRepliesUnderTheLastMessageOnly() throws Exception {
        String sender = MessengerWebhookTest.sender();
        when(chatbot.handle(any(), eq(ChatInput.text("bonjour")), any()))
                .thenReturn(new ChatReply(
                        ChatReply.Author.BOT,
                        "fr",
                        List.of("Bonjour.", "Pouvez-vous parler en sécurité ?"),
                        List.of(
                                new QuickReply("Oui", "SAFE_YES"),
                                new QuickReply("Non, pas maintenant, plus tard", "SAFE_NO"))));
        postSigned(text(sender, MessengerWebhookTest.mid(), "bonjour")).andExpect(status().isOk());

        await().until(() -> GRAPH.callsTo(sender).size() == 2);
        List<GraphApiStub.Call> calls = GRAPH.callsTo(sender);
        assertThat(calls).allSatisfy(call -> assertThat(call.query()).isEqualTo("access_token=" + TOKEN));
        JsonNode first = json.readTree(calls.get(0).body());
        assertThat(first.path("recipient").path("id").asString()).isEqualTo(sender);
        assertThat(first.path("messaging_type").asString()).isEqualTo("RESPONSE");
        assertThat(first.path("message").path("text").asString()).isEqualTo("Bonjour.");
        assertThat(first.path("message").has("quick_replies")).isFalse();
        JsonNode second = json.readTree(calls.get(1).body());
        assertThat(second.path("message").path("text").asString()).isEqualTo("Pouvez-vous parler en sécurité ?");
        JsonNode buttons = second.path("message").path("quick_replies");
        assertThat(buttons.size()).isEqualTo(2);
        assertThat(buttons.get(0).path("content_type").asString()).isEqualTo("text");
        assertThat(buttons.get(0).path("title").asString()).isEqualTo("Oui");
        assertThat(buttons.get(0).path("payload").asString()).isEqualTo("SAFE_YES");
        assertThat(buttons.get(1).path("title").asString()).isEqualTo("Non, pas maintenant,");

        await().until(() -> outboxRowsFor(sender) == 0);
    }

    @Test
    void aFailedSendIsRetriedThenDeletedAndNoSenderIdStays() throws Exception {
        String sender = MessengerWebhookTest.sender();
        GRAPH.answer(sender, 500);
        postSigned(text(sender, MessengerWebhookTest.mid(), "aide")).andExpect(status().isOk());

        await().until(() -> GRAPH.callsTo(sender).size() == 2);
        await().until(() -> outboxRowsFor(sender) == 0);
        assertThat(GRAPH.callsTo(sender).get(0).body())
                .isEqualTo(GRAPH.callsTo(sender).get(1).body());
        assertThat(senderIdStoredAnywhere(sender)).isFalse();
    }

    @Test
    void aReplyIsGivenUpAfterTheLastAttemptAndARefusedOneAtOnce() throws Exception {
        double givenUp = count("taawun.support.messenger.sends", "outcome", "given_up");
        String sender = MessengerWebhookTest.sender();
        GRAPH.answer(sender, 503, 502, 500);
        postSigned(text(sender, MessengerWebhookTest.mid(), "aide")).andExpect(status().isOk());
        await().until(() -> count("taawun.support.messenger.sends", "outcome", "given_up") > givenUp);
        assertThat(GRAPH.callsTo(sender)).hasSize(3);
        assertThat(outboxRowsFor(sender)).isZero();

        String refused = MessengerWebhookTest.sender();
        GRAPH.answer(refused, 400);
        postSigned(text(refused, MessengerWebhookTest.mid(), "aide")).andExpect(status().isOk());
        await().until(() ->
                outboxRowsFor(refused) == 0 && GRAPH.callsTo(refused).size() == 1);
        postSigned(text(refused, MessengerWebhookTest.mid(), "encore")).andExpect(status().isOk());
        await().until(() -> GRAPH.callsTo(refused).size() == 2);
    }

    @Test
    void theSendApiIsCalledWithNoRowLockedAndTheClaimAlreadyCommitted() throws Exception {
        String sender = MessengerWebhookTest.sender();
        List<String> seen = new CopyOnWriteArrayList<>();
        GRAPH.during(sender, () -> seen.add(lockAndRead(sender)));
        postSigned(text(sender, MessengerWebhookTest.mid(), "salam")).andExpect(status().isOk());

        await().until(() -> GRAPH.callsTo(sender).size() == 1 && outboxRowsFor(sender) == 0);
        assertThat(seen).as("read by another connection during the call").containsExactly("1 claimed");
    }

    @Test
    void anUnexpectedFailureIsACountedAttemptAndHerNextReplyStillLeaves() throws Exception {
        String sender = MessengerWebhookTest.sender();
        // A reply the sender cannot even read (not JSON): every attempt throws before the Send API is called.
        jdbc.sql("insert into support.messenger_outbox (recipient, body, attempts, next_attempt_at)"
                        + " values (?, 'not json', 0, now())")
                .param(sender)
                .update();
        postSigned(text(sender, MessengerWebhookTest.mid(), "salam")).andExpect(status().isOk());

        await().until(() -> GRAPH.callsTo(sender).size() == 1 && outboxRowsFor(sender) == 0);
        assertThat(json.readTree(GRAPH.callsTo(sender).get(0).body())
                        .path("message")
                        .path("text")
                        .asString())
                .isEqualTo("Bonjour");
    }

    /** Her waiting reply's attempts and claim, read with a row lock that fails at once when someone holds one. */
    private String lockAndRead(String sender) {
        try {
            return transactions.execute(status -> jdbc.sql("select attempts || case when claimed_until is null"
                            + " then ' free' else ' claimed' end from support.messenger_outbox where recipient = ?"
                            + " order by id limit 1 for update nowait")
                    .param(sender)
                    .query(String.class)
                    .single());
        } catch (RuntimeException locked) {
            return "locked";
        }
    }

    @Test
    void aCounsellorsReplyIsPushedToTheSenderOfTheConversation() throws Exception {
        String sender = MessengerWebhookTest.sender();
        when(handoffs.isOpen(any())).thenReturn(true);
        String asked = "bghit nhder m3a chi wahed " + sender;
        postSigned(text(sender, MessengerWebhookTest.mid(), asked)).andExpect(status().isOk());
        ArgumentCaptor<ConversationKey> key = ArgumentCaptor.forClass(ConversationKey.class);
        verify(chatbot, timeout(10_000)).handle(key.capture(), eq(ChatInput.text(asked)), isNull());
        await().until(() -> GRAPH.callsTo(sender).size() == 1);

        ChatReply counsellor =
                new ChatReply(ChatReply.Author.COUNSELLOR, "ar", List.of("أنا هنا، كيف يمكنني مساعدتك؟"), List.of());
        transactions.executeWithoutResult(status -> events.publishEvent(new ChatPushed(key.getValue(), counsellor)));

        await().until(() -> GRAPH.callsTo(sender).size() == 2);
        JsonNode pushed = json.readTree(GRAPH.callsTo(sender).get(1).body());
        assertThat(pushed.path("message").path("text").asString()).isEqualTo("أنا هنا، كيف يمكنني مساعدتك؟");
        await().until(() -> outboxRowsFor(sender) == 0);
    }

    @Test
    void aPushToAnUnknownOrWebConversationSendsNothing() {
        double dropped = count("taawun.support.messenger.dropped", "reason", "no_recipient");
        String text = "Bonjour " + java.util.UUID.randomUUID();
        ChatReply reply = new ChatReply(ChatReply.Author.COUNSELLOR, "fr", List.of(text), List.of());
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ChatPushed(new ConversationKey(ChatChannel.MESSENGER, "unknown-hash"), reply));
            events.publishEvent(new ChatPushed(new ConversationKey(ChatChannel.WEB, "web-session"), reply));
        });
        assertThat(count("taawun.support.messenger.dropped", "reason", "no_recipient"))
                .isEqualTo(dropped + 1);
        assertThat(jdbc.sql("select count(*) from support.messenger_outbox where body like ?")
                        .param("%" + text + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private double count(String name, String tag, String value) {
        Counter counter = registry.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private boolean senderIdStoredAnywhere(String sender) {
        long inOutbox = jdbc.sql("select count(*) from support.messenger_outbox where recipient = ? or body like ?")
                .params(sender, "%" + sender + "%")
                .query(Long.class)
                .single();
        long inEvents = jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + sender + "%")
                .query(Long.class)
                .single();
        return inOutbox + inEvents > 0;
    }
}

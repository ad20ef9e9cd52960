package org.taawun.support.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ConversationKey;

/**
 * The webhook's contract: who may call it, what it takes, that what it acknowledges is stored first and processed
 * once (in order per sender, whatever the number of processors), and that nothing it is sent can break it.
 */
@ExtendWith(OutputCaptureExtension.class)
class MessengerWebhookTest extends MessengerSpringTest {

    static final long WAIT = 10_000;

    @Autowired
    EventInbox inbox;

    @Autowired
    SenderHash senders;

    @Autowired
    InboxProcessor processor;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void verificationEchoesTheChallengeWhenTheTokenMatches() throws Exception {
        mvc.perform(verification("subscribe", "verify-me", "1158201444"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string("1158201444"));
    }

    @Test
    void verificationAnswersTheChallengeWhateverTheAcceptHeaderSays() throws Exception {
        for (MediaType accept : List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.APPLICATION_XML)) {
            mvc.perform(verification("subscribe", "verify-me", "2207").accept(accept))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                    .andExpect(content().string("2207"));
        }
    }

    @Test
    void verificationWithAWrongTokenOrModeIsForbidden() throws Exception {
        mvc.perform(verification("subscribe", "guess", "1")).andExpect(status().isForbidden());
        mvc.perform(verification("unsubscribe", "verify-me", "1")).andExpect(status().isForbidden());
        mvc.perform(get("/webhooks/messenger")).andExpect(status().isForbidden());
    }

    @Test
    void aSignedMessageIsAnsweredAtOnceAndHandedToTheEngineUnderAHashedKey() throws Exception {
        String sender = sender();
        postSigned(text(sender, mid(), "salam")).andExpect(status().isOk());

        ArgumentCaptor<ConversationKey> key = ArgumentCaptor.forClass(ConversationKey.class);
        verify(chatbot, timeout(WAIT)).handle(key.capture(), eq(ChatInput.text("salam")), isNull());
        assertThat(key.getValue().channel()).isEqualTo(ChatChannel.MESSENGER);
        assertThat(key.getValue().id()).doesNotContain(sender).hasSize(43);

        postSigned(text(sender, mid(), "menu")).andExpect(status().isOk());
        verify(chatbot, timeout(WAIT)).handle(eq(key.getValue()), eq(ChatInput.text("menu")), isNull());
    }

    @Test
    void unsignedOrWronglySignedBodiesAreRefusedAndNotHandled() throws Exception {
        String sender = sender();
        byte[] body = text(sender, mid(), "forged").getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/webhooks/messenger")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/webhooks/messenger")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Hub-Signature-256", sign("another-secret", body))
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/webhooks/messenger")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Hub-Signature-256", sign(SECRET, body).replace("sha256=", "sha1="))
                        .content(body))
                .andExpect(status().isForbidden());
        byte[] tampered = text(sender, mid(), "forgeD").getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/webhooks/messenger")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Hub-Signature-256", sign(SECRET, body))
                        .content(tampered))
                .andExpect(status().isForbidden());

        assertOnlyMarkerHandled(sender);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutBeingHandled() throws Exception {
        String sender = sender();
        String big = text(sender, mid(), "x".repeat(300 * 1024));
        postSigned(big).andExpect(status().isContentTooLarge());
        assertOnlyMarkerHandled(sender);
    }

    @Test
    void malformedInvalidOrUnusableBodiesGet200AndNothingIsHandled() throws Exception {
        String sender = sender();
        postSigned("{\"object\":\"page\",\"entry\":[{\"messaging\":[{\"sender\":")
                .andExpect(status().isOk());
        postSigned("").andExpect(status().isOk());
        postSigned("[1,2,3]").andExpect(status().isOk());
        postSigned("{\"object\":\"instagram\",\"entry\":[]}").andExpect(status().isOk());
        byte[] invalidUtf8 = text(sender, mid(), "@@").getBytes(StandardCharsets.UTF_8);
        int at = new String(invalidUtf8, StandardCharsets.UTF_8).indexOf("@@");
        invalidUtf8[at] = (byte) 0xC3;
        invalidUtf8[at + 1] = (byte) 0x28;
        postSigned(invalidUtf8).andExpect(status().isOk());
        postSigned(page(
                        "{\"sender\":{\"id\":\"" + sender + "\"},\"delivery\":{\"mids\":[\"m1\"],\"watermark\":1}}",
                        "{\"sender\":{\"id\":\"" + sender + "\"},\"read\":{\"watermark\":1}}",
                        "{\"sender\":{\"id\":\"" + sender + "\"},\"reaction\":{\"mid\":\"m\",\"emoji\":\"x\"}}",
                        "{\"sender\":{\"id\":\"" + sender + "\"},\"message\":{\"mid\":\"" + mid()
                                + "\",\"is_echo\":true,\"text\":\"echo\"}}",
                        "{\"sender\":{\"id\":7},\"message\":{\"text\":\"number id\"}}",
                        "{\"message\":{\"text\":\"no sender\"}}",
                        "\"just a string\""))
                .andExpect(status().isOk());
        assertOnlyMarkerHandled(sender);
    }

    @Test
    void aMessageDeliveredTwiceIsHandledOnce() throws Exception {
        String sender = sender();
        String body = text(sender, mid(), "once");
        postSigned(body).andExpect(status().isOk());
        postSigned(body).andExpect(status().isOk());
        postSigned(text(sender, mid(), "after")).andExpect(status().isOk());

        verify(chatbot, timeout(WAIT)).handle(any(), eq(ChatInput.text("after")), isNull());
        verify(chatbot, times(1)).handle(any(), eq(ChatInput.text("once")), isNull());
    }

    @Test
    void quickRepliesAndButtonsArePassedAsPayloads() throws Exception {
        String sender = sender();
        postSigned(page(
                        "{\"sender\":{\"id\":\"" + sender + "\"},\"message\":{\"mid\":\"" + mid()
                                + "\",\"text\":\"Aide juridique\",\"quick_reply\":{\"payload\":\"LEGAL_AID\"}}}",
                        "{\"sender\":{\"id\":\"" + sender + "\"},\"postback\":{\"mid\":\"" + mid()
                                + "\",\"title\":\"Menu\",\"payload\":\"MENU\"}}"))
                .andExpect(status().isOk());

        verify(chatbot, timeout(WAIT)).handle(any(), eq(new ChatInput("Menu", "MENU")), isNull());
        verify(chatbot).handle(any(), eq(new ChatInput("Aide juridique", "LEGAL_AID")), isNull());
    }

    @Test
    void logsHoldNeitherTheSenderIdNorTheText(CapturedOutput output) throws Exception {
        String sender = sender();
        when(chatbot.handle(any(), eq(ChatInput.text("secret words")), any()))
                .thenThrow(new IllegalStateException("failed on secret words of " + sender));
        postSigned(text(sender, mid(), "secret words")).andExpect(status().isOk());
        postSigned(text(sender, mid(), "more words")).andExpect(status().isOk());
        verify(chatbot, timeout(WAIT)).handle(any(), eq(ChatInput.text("more words")), isNull());
        await().until(() -> GRAPH.callsTo(sender).size() == 1);

        assertThat(output.getAll())
                .contains("Messenger: a message could not be handled (IllegalStateException)")
                .doesNotContain(sender)
                .doesNotContain("secret words")
                .doesNotContain("more words");
    }

    @Test
    void aMessageIsStoredBeforeTheAnswerAndLeavesNeitherSenderNorTextOnceProcessed() throws Exception {
        String sender = sender();
        String mid = mid();
        postSigned(text(sender, mid, "stored first")).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from support.messenger_inbox where message_hash = ?")
                        .param(EventInbox.hash(mid))
                        .query(Long.class)
                        .single())
                .as("in the database when 200 is answered")
                .isOne();

        verify(chatbot, timeout(WAIT)).handle(any(), eq(ChatInput.text("stored first")), isNull());
        await().until(() -> jdbc.sql("select count(*) from support.messenger_inbox where message_hash = ?"
                                + " and processed_at is not null and event is null and sender_hash is null")
                        .param(EventInbox.hash(mid))
                        .query(Long.class)
                        .single()
                == 1);
        assertThat(jdbc.sql("select count(*) from support.messenger_inbox where event like ?")
                        .param("%" + sender + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEventStoredByANodeThatStoppedBeforeProcessingItIsProcessedByAnother() {
        String sender = sender();
        String mid = mid();
        // What a node had stored (and acknowledged) when it stopped: no processor was woken for it.
        inbox.store(
                List.of(new EventInbox.Row(
                        senders.keyOf(sender).id(),
                        EventInbox.hash(mid),
                        "{\"sender\":\"" + sender + "\",\"text\":\"left behind\",\"payload\":null}",
                        Instant.now())),
                Instant.now());

        verify(chatbot, timeout(WAIT)).handle(any(), eq(ChatInput.text("left behind")), isNull());
        await().until(() -> GRAPH.callsTo(sender).size() == 1);
    }

    @Test
    void anEventOlderThanTheMaximumAgeIsIgnored() throws Exception {
        String sender = sender();
        postSigned(text(sender, mid(), "yesterday", Instant.now().minus(Duration.ofHours(25))))
                .andExpect(status().isOk());
        assertOnlyMarkerHandled(sender);
    }

    @Test
    void aSendersEventsAreClaimedOneAtATimeInOrderAndEachByOneClaimOnly() {
        String a = senders.keyOf(sender()).id();
        String b = senders.keyOf(sender()).id();
        transactions.executeWithoutResult(status -> {
            Instant now = Instant.now();
            inbox.store(
                    List.of(
                            new EventInbox.Row(a, EventInbox.hash(mid()), "{\"n\":\"a1\"}", now),
                            new EventInbox.Row(a, EventInbox.hash(mid()), "{\"n\":\"a2\"}", now),
                            new EventInbox.Row(b, EventInbox.hash(mid()), "{\"n\":\"b1\"}", now)),
                    now);
            List<EventInbox.Claimed> first = ours(inbox.claim(now, Duration.ofMinutes(5), 100));
            assertThat(first).extracting(EventInbox.Claimed::event).containsExactly("{\"n\":\"a1\"}", "{\"n\":\"b1\"}");
            assertThat(ours(inbox.claim(now, Duration.ofMinutes(5), 100)))
                    .as("claimed ones are not claimed again, and a2 waits for a1")
                    .isEmpty();
            inbox.processed(first.get(0).id(), now);
            assertThat(ours(inbox.claim(now, Duration.ofMinutes(5), 100)))
                    .extracting(EventInbox.Claimed::event)
                    .containsExactly("{\"n\":\"a2\"}");
            status.setRollbackOnly();
        });
    }

    @Test
    void withSeveralProcessorsAtOnceEachEventIsHandledOnceAndASendersInOrder() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService otherNodes = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                otherNodes.execute(() -> {
                    while (running.get()) {
                        processor.processDue(Instant.now());
                        LockSupport.parkNanos(2_000_000);
                    }
                });
            }
            String one = sender();
            for (int i = 0; i < 20; i++) {
                postSigned(text(sender(), mid(), "once " + i)).andExpect(status().isOk());
                postSigned(text(one, mid(), "in order " + i)).andExpect(status().isOk());
            }
            for (int i = 0; i < 20; i++) {
                verify(chatbot, timeout(WAIT)).handle(any(), eq(ChatInput.text("once " + i)), isNull());
                verify(chatbot, timeout(WAIT)).handle(any(), eq(ChatInput.text("in order " + i)), isNull());
            }
            running.set(false);
            InOrder order = inOrder(chatbot);
            for (int i = 0; i < 20; i++) {
                verify(chatbot, times(1)).handle(any(), eq(ChatInput.text("once " + i)), isNull());
                order.verify(chatbot).handle(any(), eq(ChatInput.text("in order " + i)), isNull());
            }
        } finally {
            running.set(false);
            otherNodes.shutdown();
        }
    }

    /** The claimed events this test stored (their bodies name them), leaving those of other tests out. */
    private static List<EventInbox.Claimed> ours(List<EventInbox.Claimed> claimed) {
        return claimed.stream().filter(c -> c.event().startsWith("{\"n\":")).toList();
    }

    /** Posts a marker message; once the single worker handled it, nothing else from the sender was handled. */
    private void assertOnlyMarkerHandled(String sender) throws Exception {
        postSigned(text(sender, mid(), "marker")).andExpect(status().isOk());
        verify(chatbot, timeout(WAIT)).handle(any(), eq(ChatInput.text("marker")), isNull());
        List<Object> inputs = mockingDetails(chatbot).getInvocations().stream()
                .map(invocation -> invocation.getArgument(1))
                .toList();
        assertThat(inputs).containsExactly(ChatInput.text("marker"));
        verify(handoffs, never()).personWrote(any(), any());
    }

    static String sender() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()));
    }

    static String mid() {
        return "m_" + UUID.randomUUID();
    }
}

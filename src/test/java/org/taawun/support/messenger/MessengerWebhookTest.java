package org.taawun.support.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ConversationKey;

/** The webhook's contract: who may call it, what it takes, and that nothing it is sent can break it. */
@ExtendWith(OutputCaptureExtension.class)
class MessengerWebhookTest extends MessengerSpringTest {

    static final long WAIT = 10_000;

    @Test
    void verificationEchoesTheChallengeWhenTheTokenMatches() throws Exception {
        mvc.perform(verification("subscribe", "verify-me", "1158201444"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string("1158201444"));
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

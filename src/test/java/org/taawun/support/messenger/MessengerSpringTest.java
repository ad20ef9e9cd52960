package org.taawun.support.messenger;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.TaawunTest;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.Handoffs;
import org.taawun.support.chat.QuickReply;

/**
 * The whole application with the Messenger channel on, a mocked conversation engine and hand-off queue (their own
 * tests cover them), and the Send API replaced by a local stub. One worker, so messages are handled in the order
 * they were posted and a later "marker" message proves that earlier ones were (or were not) handled.
 */
@TaawunTest
abstract class MessengerSpringTest {

    static final String SECRET = "test-app-secret";
    static final String TOKEN = "page-token-123";
    static final GraphApiStub GRAPH = new GraphApiStub();

    static final ChatReply ANSWER =
            new ChatReply(ChatReply.Author.BOT, "fr", List.of("Bonjour"), List.of(new QuickReply("Menu", "MENU")));

    @DynamicPropertySource
    static void messenger(DynamicPropertyRegistry registry) {
        registry.add("taawun.support.messenger.app-secret", () -> SECRET);
        registry.add("taawun.support.messenger.verify-token", () -> "verify-me");
        registry.add("taawun.support.messenger.page-access-token", () -> TOKEN);
        registry.add("taawun.support.messenger.graph-api-url", GRAPH::baseUrl);
        registry.add("taawun.support.messenger.workers", () -> "1");
        registry.add("taawun.support.messenger.poll-interval", () -> "100ms");
        registry.add("taawun.support.messenger.initial-delay", () -> "0s");
        registry.add("taawun.support.messenger.first-retry", () -> "100ms");
        registry.add("taawun.support.messenger.max-attempts", () -> "3");
    }

    @MockitoBean
    Chatbot chatbot;

    @MockitoBean
    Handoffs handoffs;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void engineAnswers() {
        when(chatbot.handle(any(), any(), any())).thenReturn(ANSWER);
    }

    ResultActions postSigned(String body) throws Exception {
        return postSigned(body.getBytes(StandardCharsets.UTF_8));
    }

    ResultActions postSigned(byte[] body) throws Exception {
        return mvc.perform(post("/webhooks/messenger")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Hub-Signature-256", sign(SECRET, body))
                .content(body));
    }

    /** Meta's subscription check. */
    static MockHttpServletRequestBuilder verification(String mode, String token, String challenge) {
        return get("/webhooks/messenger")
                .param("hub.mode", mode)
                .param("hub.verify_token", token)
                .param("hub.challenge", challenge);
    }

    static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    /** A webhook body with one text message, sent now. */
    static String text(String sender, String mid, String text) {
        return text(sender, mid, text, Instant.now());
    }

    /** A webhook body with one text message sent at that instant. */
    static String text(String sender, String mid, String text, Instant sentAt) {
        return page("{\"sender\":{\"id\":\"" + sender + "\"},\"recipient\":{\"id\":\"PAGE\"},\"timestamp\":"
                + sentAt.toEpochMilli() + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\"" + text + "\"}}");
    }

    /** A webhook body with these {@code messaging} items. */
    static String page(String... messaging) {
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE\",\"time\":1,\"messaging\":["
                + String.join(",", messaging) + "]}]}";
    }

    long outboxRowsFor(String recipient) {
        return jdbc.sql("select count(*) from support.messenger_outbox where recipient = ?")
                .param(recipient)
                .query(Long.class)
                .single();
    }
}

package org.taawun.support.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.identity.TaawunUser;
import org.taawun.support.handoff.HandoffEraser;

/**
 * A person on Messenger, from her first message to a counsellor and back to the bot, through signed webhook calls,
 * the real engine, the directory, the hand-off queue and the console, and out through the Send API. Afterwards
 * nothing in the database or the logs names her, and what she wrote outside the hand-off is nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class MessengerEndToEndTest extends SupportEndToEnd {

    @Autowired
    Fixtures fixtures;

    @Autowired
    HandoffEraser eraser;

    final String psid = "7" + Math.abs(UUID.randomUUID().getMostSignificantBits());

    @Test
    void aDangerPhraseAsTheFirstMessageGetsTheEmergencyNumbersNotTheWelcome() throws Exception {
        List<String> alarm = write("mon mari me frappe");
        assertThat(String.join("\n", texts(alarm)))
                .contains("Vous n’êtes pas seule", "— 8350", "— 19")
                .doesNotContain("مرحبا بك");
        assertThat(titles(alarm)).contains("Parler à quelqu’un").doesNotContain("العربية");
    }

    @Test
    void fromTheWelcomeThroughDangerToACounsellorAndBack(CapturedOutput output) throws Exception {
        List<String> welcome = write("salam");
        assertThat(texts(welcome)).anyMatch(t -> t.contains("مرحبا بك"));
        assertThat(titles(welcome)).containsExactly("العربية", "Français", "English");

        assertThat(texts(tap(welcome, "Français"))).anyMatch(t -> t.contains("Pouvez-vous parler sans danger"));
        List<String> country = tap(lastReply, "Oui");
        assertThat(texts(country)).anyMatch(t -> t.contains("Dans quel pays"));
        List<String> menu = tap(country, "Maroc");
        assertThat(texts(menu)).anyMatch(t -> t.contains("Comment puis-je vous aider ?"));
        assertThat(titles(menu))
                .contains("Je suis en danger", "Parler à quelqu’un")
                .hasSizeGreaterThan(10);

        List<String> alarm = write("ghadi yqtelni");
        assertThat(String.join("\n", texts(alarm)))
                .as("the emergency numbers of Morocco, from the directory")
                .contains("— 8350", "— 19", "— 177", "— 15")
                .doesNotContain("1899");
        assertThat(titles(alarm)).contains("Parler à quelqu’un");

        List<String> offer = tap(alarm, "Parler à quelqu’un");
        List<String> asked = titles(offer).contains("Oui") ? tap(offer, "Oui") : offer;
        assertThat(texts(asked)).anyMatch(t -> t.contains("J’ai demandé une écoutante"));
        String secret = "Il a pris mon passeport " + UUID.randomUUID();
        assertThat(texts(write(secret))).anyMatch(t -> t.contains("Votre message est bien arrivé"));

        UUID handoff = waitingMessengerHandoff();
        String handle = jdbc.sql("select handle from support.handoffs where id = ?")
                .param(handoff)
                .query(String.class)
                .single();
        TaawunUser counsellor = fixtures.user("counsellor@taawun.test");
        assertThat(console(get("/support/console").param("lang", "fr"), counsellor))
                .contains(handle)
                .doesNotContain(psid);
        int beforeTake = SEND_API.sentTo(psid).size();
        console(post("/support/console/{id}/take", handoff), counsellor);
        assertThat(texts(newSince(beforeTake)))
                .as("she is told in her language that a counsellor has joined")
                .containsExactly("Une écoutante vous a rejointe. Elle va vous écrire ici.");
        assertThat(console(get("/support/console/{id}", handoff), counsellor))
                .contains(secret, "ghadi yqtelni")
                .doesNotContain(psid);

        int before = SEND_API.sentTo(psid).size();
        console(
                post("/support/console/{id}/reply", handoff).param("text", "Je suis là. Êtes-vous en sécurité ?"),
                counsellor);
        List<String> reply = newSince(before);
        assertThat(texts(reply)).containsExactly("Je suis là. Êtes-vous en sécurité ?");

        before = SEND_API.sentTo(psid).size();
        console(post("/support/console/{id}/close", handoff), counsellor);
        List<String> back = newSince(before);
        assertThat(texts(back)).anyMatch(t -> t.contains("L’écoutante a terminé la conversation"));
        assertThat(texts(back)).anyMatch(t -> t.contains("Comment puis-je vous aider ?"));
        assertThat(texts(write("menu"))).anyMatch(t -> t.contains("Comment puis-je vous aider ?"));

        assertThat(SEND_API.sentTo(psid)).allSatisfy(MessengerEndToEndTest::withinMessengerLimits);
        assertThat(storedAnywhere(psid)).as("no sender id in the database").isEmpty();
        assertThat(storedAnywhere("ghadi yqtelni"))
                .as("what she wrote before asking is kept only with the hand-off, for the counsellor")
                .containsExactly("handoff_messages.body");
        assertThat(storedAnywhere(secret)).containsExactly("handoff_messages.body");
        assertThat(output.getAll()).doesNotContain(psid, "ghadi yqtelni", secret, "salam");

        eraser.eraseExpired(Instant.now().plus(Duration.ofHours(25)));
        assertThat(storedAnywhere(secret)).as("erased after the retention").isEmpty();
        assertThat(storedAnywhere("ghadi yqtelni")).isEmpty();
        assertThat(storedAnywhere("Êtes-vous en sécurité")).isEmpty();
    }

    @Test
    void duringAHandOffTheBotAcknowledgesOnceAndIsSilentEvenWhenItForgotHerConversation() throws Exception {
        write("salam");
        tap(tap(tap(lastReply, "Français"), "Oui"), "Maroc");
        List<String> asked = tap(tap(lastReply, "Parler à quelqu’un"), "Oui");
        assertThat(texts(asked)).anyMatch(t -> t.contains("J’ai demandé une écoutante"));
        assertThat(texts(write("Je suis là"))).anyMatch(t -> t.contains("Votre message est bien arrivé"));
        assertThat(silently("Il rentre bientôt")).as("one acknowledgement only").isTrue();

        idle(Duration.ofMinutes(31));
        assertThat(silently("Vous êtes toujours là ?"))
                .as("no welcome and no second acknowledgement once the engine forgot her (or on another node)")
                .isTrue();

        UUID handoff = waitingMessengerHandoff();
        TaawunUser counsellor = fixtures.user("counsellor@taawun.test");
        int before = SEND_API.sentTo(psid).size();
        console(post("/support/console/{id}/take", handoff), counsellor);
        assertThat(texts(newSince(before))).containsExactly("Une écoutante vous a rejointe. Elle va vous écrire ici.");
        assertThat(silently("Merci"))
                .as("silence from the bot while the counsellor is there")
                .isTrue();
        assertThat(String.join("\n", texts(write("il va me tuer")))).contains("— 19");
        assertThat(console(get("/support/console/{id}", handoff), counsellor))
                .contains("Il rentre bientôt", "Vous êtes toujours là ?", "Merci", "il va me tuer");
    }

    /** Writes and waits until the message is processed: true when the bot sent her nothing in answer. */
    private boolean silently(String text) throws Exception {
        int before = SEND_API.sentTo(psid).size();
        postSigned(event(psid, "{\"mid\":\"mid." + UUID.randomUUID() + "\",\"text\":\"" + text + "\"}"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from support.messenger_inbox where processed_at is null")
                                        .query(Long.class)
                                        .single()
                                == 0
                        && queued() == 0);
        return SEND_API.sentTo(psid).size() == before;
    }

    @Test
    void aConversationIdleForThirtyMinutesStartsAgainAtTheWelcome() throws Exception {
        write("salam");
        tap(tap(lastReply, "Français"), "Oui");
        assertThat(texts(lastReply)).anyMatch(t -> t.contains("Dans quel pays"));

        idle(Duration.ofMinutes(31));

        List<String> again = write("Maroc");
        assertThat(texts(again)).anyMatch(t -> t.contains("مرحبا بك")).noneMatch(t -> t.contains("Comment puis-je"));
        assertThat(titles(again)).containsExactly("العربية", "Français", "English");
    }

    @Test
    void aRepeatedMessageIsAnsweredOnceAndAnUnsignedOneNotAtAll() throws Exception {
        String mid = "mid." + UUID.randomUUID();
        String body = event(psid, "{\"mid\":\"" + mid + "\",\"text\":\"salam\"}");
        postSigned(body);
        postSigned(body);
        List<String> first = newSince(0);
        assertThat(titles(first)).containsExactly("العربية", "Français", "English");

        int status = mvc.perform(post("/webhooks/messenger")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Hub-Signature-256", "sha256=" + "0".repeat(64))
                        .content(event(psid, "{\"mid\":\"mid." + UUID.randomUUID() + "\",\"text\":\"bonjour\"}")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        List<String> afterMarker = write("English");
        assertThat(SEND_API.sentTo(psid))
                .as("one answer per message, none for the forged call")
                .hasSize(first.size() + afterMarker.size());
        assertThat(texts(afterMarker)).anyMatch(t -> t.contains("Can you talk safely now?"));
    }

    // --- the person's side

    private List<String> lastReply = List.of();

    private List<String> write(String text) throws Exception {
        return send("{\"mid\":\"mid." + UUID.randomUUID() + "\",\"text\":\"" + text + "\"}");
    }

    /** Taps the quick reply with this title under a reply, as Messenger sends it: its title and its payload. */
    private List<String> tap(List<String> reply, String title) throws Exception {
        String payload = reply.stream()
                .flatMap(b ->
                        JsonPath.<List<String>>read(b, "$..quick_replies[?(@.title == '" + title + "')].payload")
                                .stream())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No quick reply " + title + " in " + reply));
        return send("{\"mid\":\"mid." + UUID.randomUUID() + "\",\"text\":\"" + title + "\",\"quick_reply\":"
                + "{\"payload\":\"" + payload + "\"}}");
    }

    private List<String> send(String message) throws Exception {
        int before = SEND_API.sentTo(psid).size();
        postSigned(event(psid, message));
        lastReply = newSince(before);
        return lastReply;
    }

    private void postSigned(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int status = mvc.perform(post("/webhooks/messenger")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Hub-Signature-256", "sha256=" + hmac(bytes))
                        .content(bytes))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(200);
    }

    /** What reached her since she had this many messages: everything once her outbox is empty again. */
    private List<String> newSince(int before) {
        await().atMost(Duration.ofSeconds(20)).until(() -> SEND_API.sentTo(psid).size() > before && queued() == 0);
        List<String> all = SEND_API.sentTo(psid);
        return all.subList(before, all.size());
    }

    private long queued() {
        return jdbc.sql("select count(*) from support.messenger_outbox where recipient = ?")
                .param(psid)
                .query(Long.class)
                .single();
    }

    private static String event(String sender, String message) {
        return "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE\",\"time\":1,\"messaging\":[{\"sender\":{\"id\":\""
                + sender + "\"},\"recipient\":{\"id\":\"PAGE\"},\"timestamp\":" + System.currentTimeMillis()
                + ",\"message\":" + message + "}]}]}";
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static List<String> texts(List<String> bodies) {
        return bodies.stream()
                .flatMap(b -> JsonPath.<List<String>>read(b, "$..message.text").stream())
                .toList();
    }

    private static List<String> titles(List<String> bodies) {
        return bodies.stream()
                .flatMap(b -> JsonPath.<List<String>>read(b, "$..quick_replies[*].title").stream())
                .toList();
    }

    private static void withinMessengerLimits(String body) {
        List<String> titles = JsonPath.read(body, "$..quick_replies[*].title");
        assertThat(titles)
                .hasSizeLessThanOrEqualTo(13)
                .allSatisfy(t -> assertThat(t.length()).isBetween(1, 20));
    }

    // --- the counsellor's side

    private UUID waitingMessengerHandoff() {
        return jdbc.sql("select id from support.handoffs where channel = 'MESSENGER' and status = 'WAITING'"
                        + " order by requested_at desc limit 1")
                .query(UUID.class)
                .single();
    }

    private String console(MockHttpServletRequestBuilder request, TaawunUser counsellor) throws Exception {
        var response = mvc.perform(request.with(csrf()).with(user(counsellor)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isIn(200, 302);
        return response.getContentAsString();
    }
}

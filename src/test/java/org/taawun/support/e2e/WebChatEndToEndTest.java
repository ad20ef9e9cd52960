package org.taawun.support.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.taawun.Fixtures;
import org.taawun.identity.TaawunUser;
import org.taawun.support.handoff.HandoffEraser;
import tools.jackson.databind.ObjectMapper;

/**
 * The web chat's API ({@code POST /api/v1/support/chat}) with the real engine, directory and hand-off: golden
 * conversations in French and in Darija (Arabic script) checked turn by turn, a counsellor's reply arriving in the
 * next answer, the 30 minutes of idleness, and no trace of what she wrote in the logs or the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebChatEndToEndTest extends SupportEndToEnd {

    static final String JOINED = "Une écoutante vous a rejointe. Elle va vous écrire ici.";

    @Autowired
    Fixtures fixtures;

    @Autowired
    HandoffEraser eraser;

    @Autowired
    ObjectMapper json;

    @Test
    void frenchComplaintInMorocco() throws Exception {
        Web chat = new Web("fr");
        chat.write("Bonjour").says("Je suis là pour vous écouter").offers("العربية", "Français", "English");
        chat.tap("Français").says("Pouvez-vous parler sans danger maintenant ?").offers("Oui", "Non");
        chat.write("oui").says("Dans quel pays êtes-vous ?").offers("Maroc", "Tunisie");
        chat.write("au Maroc").says("Comment puis-je vous aider ?");
        assertThat(chat.titles()).hasSize(12).contains("Porter plainte", "Parler à quelqu’un");
        chat.write("comment porter plainnte")
                .says("cellules de prise en charge", "Police (Sûreté nationale) — 19", "Gendarmerie royale — 177")
                .saysNot("1899")
                .offers("Services près de moi", "Parler à quelqu’un", "Menu");
        chat.write("menu").says("Comment puis-je vous aider ?");
    }

    @Test
    void darijaInArabicScriptAboutALawyerThenDanger() throws Exception {
        Web chat = new Web("ar");
        chat.write("السلام عليكم").says("مرحبا بك. أنا هنا لأستمع إليك");
        chat.write("الدارجة").says("هل تستطيعين التحدث بأمان الآن؟").offers("نعم", "لا");
        chat.write("ايه").says("في أي بلد أنت؟");
        chat.write("المغرب").says("كيف يمكنني مساعدتك؟");
        chat.write("بغيت محامي").says("خلية التكفل بالمحكمة");
        chat.write("راه غادي يقتلني").says("— 8350", "— 19", "— 177", "— 15").saysNot("1899");
        assertThat(chat.titles()).contains("التحدث مع مستشارة");
    }

    @Test
    void aDangerPhraseAsTheFirstMessageGetsTheEmergencyNumbersNotTheWelcome() throws Exception {
        new Web("ar")
                .write("rajli kay9tlni daba")
                .says("لست وحدك", "Vous n’êtes pas seule", "— 8350", "— 19")
                .saysNot("مرحبا بك", "Je suis là pour vous écouter");
        new Web("ar")
                .write("mon mari me frappe")
                .says("Vous n’êtes pas seule", "— 8350")
                .saysNot("لست وحدك", "مرحبا بك");
    }

    /** The page a browser shows after posting the chat form: the post's 303, then the conversation's page. */
    String helpPage(MockHttpServletRequestBuilder posted) throws Exception {
        MockHttpServletResponse answer = mvc.perform(posted).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(303);
        return mvc.perform(get(answer.getRedirectedUrl()))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theNumbersAreTapToCallAndThoseOfTheRequestsCountryComeFirst() throws Exception {
        Web chat =
                new Web("fr-TN,fr;q=0.8").write("il va me tuer").says("— 1899").saysNot("8350");
        assertThat(JsonPath.<List<String>>read(chat.answer, "$.messages[*].calls[*]"))
                .startsWith("tel:1899")
                .doesNotContain("tel:8350");
        assertThat(chat.titles()).contains("Numéros : Maroc");

        String page = helpPage(post("/help")
                .with(csrf())
                .header("Accept-Language", "fr")
                .param("turn", "0")
                .param("text", "il va me tuer"));
        assertThat(page)
                .contains("<a class=\"call\" href=\"tel:8350\"><bdi dir=\"ltr\">8350</bdi></a>")
                .contains("href=\"tel:19\"")
                .doesNotContain("tel:1899", "tel:141");
    }

    @Test
    void aDangerPhraseAsTheFirstMessageOfTheHelpPageGetsTheEmergencyNumbers() throws Exception {
        String page = helpPage(post("/help")
                .with(csrf())
                .header("Accept-Language", "ar")
                .param("turn", "0")
                .param("text", "rajli kay9tlni daba"));
        assertThat(page)
                .contains("لست وحدك", "Vous n’êtes pas seule", "8350")
                .doesNotContain("مرحبا بك. أنا هنا لأستمع إليك");
    }

    @Test
    void aCounsellorsReplyComesInTheNextAnswer(CapturedOutput output) throws Exception {
        Web chat = new Web("fr");
        chat.write("Bonjour").tap("Français").tap("Oui").tap("Maroc");
        chat.tap("Parler à quelqu’un").says("Voulez-vous que j’en demande une ?");
        chat.tap("Oui").says("J’ai demandé une écoutante");
        String secret = "Il me suit partout " + UUID.randomUUID();
        chat.write(secret).says("Votre message est bien arrivé");

        UUID handoff = jdbc.sql("select id from support.handoffs where channel = 'WEB' and status = 'WAITING'"
                        + " order by requested_at desc limit 1")
                .query(UUID.class)
                .single();
        TaawunUser counsellor = fixtures.user("counsellor@taawun.test");
        counsellor(post("/support/console/{id}/take", handoff), counsellor);
        counsellor(post("/support/console/{id}/reply", handoff).param("text", "Bonjour, je vous lis."), counsellor);

        chat.write("Merci");
        assertThat(chat.messages())
                .as("her own words are not sent back; the word that a counsellor joined and her reply are")
                .containsExactly(
                        Map.<String, Object>of("author", "BOT", "text", JOINED, "calls", List.of()),
                        Map.<String, Object>of(
                                "author", "COUNSELLOR", "text", "Bonjour, je vous lis.", "calls", List.of()));

        counsellor(post("/support/console/{id}/close", handoff), counsellor);
        chat.write("Et maintenant ?").says("L’écoutante a terminé la conversation");
        chat.write("menu").says("Comment puis-je vous aider ?");

        assertThat(output.getAll()).doesNotContain(secret, "Merci", chat.session);
        assertThat(storedAnywhere(chat.session)).isEmpty();
        assertThat(storedAnywhere("Et maintenant"))
                .as("nothing written after the hand-off")
                .isEmpty();
        assertThat(storedAnywhere(secret)).containsExactly("handoff_messages.body");
        eraser.eraseExpired(Instant.now().plus(Duration.ofHours(25)));
        assertThat(storedAnywhere(secret)).isEmpty();
    }

    @Test
    void aConversationIdleForThirtyMinutesIsForgotten(CapturedOutput output) throws Exception {
        Web chat = new Web("en");
        chat.write("hello").tap("English").tap("Yes").tap("Tunisia").says("How can I help you?");
        idle(Duration.ofMinutes(29));
        // Still known after 29 minutes: the long wait only brings her back to the safety check.
        chat.write("I want to file a complaint").says("Welcome back.", "Can you talk safely now?");

        idle(Duration.ofMinutes(31));

        chat.write("menu").says("I am here to listen to you").saysNot("How can I help you?");
        assertThat(output.getAll()).doesNotContain("I want to file a complaint");
    }

    @Test
    void theCounsellorSeesWhatSheChoseAndWroteUntilTheQuickExitErasesIt(CapturedOutput output) throws Exception {
        Web chat = new Web("fr");
        String words = "Il cache mes papiers " + UUID.randomUUID();
        chat.write("Bonjour").tap("Français").tap("Oui").write("au Maroc");
        chat.write(words);
        chat.write("menu").tap("Parler à quelqu’un").tap("Oui").says("J’ai demandé une écoutante");
        UUID handoff = jdbc.sql("select id from support.handoffs where channel = 'WEB' and status = 'WAITING'"
                        + " order by requested_at desc limit 1")
                .query(UUID.class)
                .single();
        TaawunUser counsellor = fixtures.user("counsellor@taawun.test");
        assertThat(consolePage(handoff, counsellor)).as("read only once taken").doesNotContain(words);

        counsellor(post("/support/console/{id}/take", handoff), counsellor);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(consolePage(handoff, counsellor));
        org.jsoup.nodes.Element context = page.selectFirst("#messages section.context");
        assertThat(context).as("what came before the hand-off").isNotNull();
        assertThat(context.selectFirst("h2").text())
                .isEqualTo("Ce qu’elle a choisi et écrit avant de demander une écoutante");
        assertThat(context.select("li").eachText())
                .containsExactly(
                        "A écrit Bonjour",
                        "A choisi Français",
                        "A choisi Oui",
                        "A écrit au Maroc",
                        "A écrit " + words,
                        "A écrit menu",
                        "A choisi Parler à quelqu’un",
                        "A choisi Oui");
        assertThat(context.select("li p"))
                .allSatisfy(p -> assertThat(p.attr("dir")).isEqualTo("auto"));
        assertThat(storedAnywhere(words)).containsExactly("handoff_messages.body");

        chat.write("Vous êtes là ?");
        chat.saysNot("Votre message est bien arrivé");
        assertThat(chat.messages()).extracting(m -> m.get("text")).containsExactly(JOINED);

        MockHttpServletResponse exit = mvc.perform(get("/help/exit").param("t", chat.session))
                .andReturn()
                .getResponse();
        assertThat(exit.getStatus()).isEqualTo(303);
        assertThat(storedAnywhere(words))
                .as("erased by the quick exit, not a day later")
                .isEmpty();
        assertThat(storedAnywhere("Vous êtes là ?")).isEmpty();
        assertThat(jdbc.sql("select status from support.handoffs where id = ?")
                        .param(handoff)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
        assertThat(consolePage(handoff, counsellor)).doesNotContain(words, "Vous êtes là ?", "Bonjour");
        assertThat(output.getAll()).doesNotContain(words);
    }

    @Test
    void duringAHandOffTheBotAcknowledgesOnceThenSaysOnlyThatACounsellorJoined() throws Exception {
        Web chat = new Web("fr");
        chat.write("Bonjour").tap("Français").tap("Oui").tap("Maroc");
        chat.tap("Parler à quelqu’un").tap("Oui").says("J’ai demandé une écoutante");
        chat.write("Je suis là").says("Votre message est bien arrivé");
        chat.write("Il rentre bientôt");
        assertThat(chat.messages()).as("one acknowledgement only").isEmpty();

        UUID handoff = jdbc.sql("select id from support.handoffs where channel = 'WEB' and status = 'WAITING'"
                        + " order by requested_at desc limit 1")
                .query(UUID.class)
                .single();
        TaawunUser counsellor = fixtures.user("counsellor@taawun.test");
        counsellor(post("/support/console/{id}/take", handoff), counsellor);
        chat.write("Allô ?");
        assertThat(chat.messages()).extracting(m -> m.get("text")).containsExactly(JOINED);
        chat.write("Vous m’entendez ?");
        assertThat(chat.messages())
                .as("silence from the bot while the counsellor is there")
                .isEmpty();
        chat.write("il va me tuer").says("Vous n’êtes pas seule", "— 19");
    }

    private String consolePage(UUID handoff, TaawunUser counsellor) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/support/console/{id}", handoff)
                        .param("lang", "fr")
                        .with(user(counsellor)))
                .andReturn()
                .getResponse();
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One person's conversation through the API, checked turn by turn on the messages of each answer. */
    final class Web {

        private final String language;
        String session;
        private String answer;

        Web(String language) {
            this.language = language;
        }

        Web write(String text) throws Exception {
            return send(text, null);
        }

        Web tap(String title) throws Exception {
            List<String> payloads = JsonPath.read(answer, "$.quickReplies[?(@.title == '" + title + "')].payload");
            assertThat(payloads).as("quick reply %s in %s", title, answer).isNotEmpty();
            return send(title, payloads.get(0));
        }

        private Web send(String text, String payload) throws Exception {
            Map<String, String> body = new java.util.HashMap<>();
            body.put("text", text);
            if (session != null) {
                body.put("session", session);
            }
            if (payload != null) {
                body.put("payload", payload);
            }
            var response = mvc.perform(post("/api/v1/support/chat")
                            .contentType(MediaType.APPLICATION_JSON)
                            .header("Accept-Language", language)
                            .content(json.writeValueAsString(body)))
                    .andReturn()
                    .getResponse();
            response.setCharacterEncoding("UTF-8");
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            answer = response.getContentAsString();
            session = JsonPath.read(answer, "$.session");
            return this;
        }

        List<Map<String, Object>> messages() {
            return JsonPath.read(answer, "$.messages");
        }

        List<String> titles() {
            return JsonPath.read(answer, "$.quickReplies[*].title");
        }

        private String said() {
            return String.join("\n", JsonPath.<List<String>>read(answer, "$.messages[?(@.author == 'BOT')].text"));
        }

        Web says(String... parts) {
            assertThat(said()).contains(parts);
            return this;
        }

        Web saysNot(String... parts) {
            assertThat(said()).doesNotContain(parts);
            return this;
        }

        Web offers(String... titles) {
            assertThat(titles()).containsExactly(titles);
            return this;
        }
    }

    private void counsellor(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, TaawunUser counsellor)
            throws Exception {
        int status = mvc.perform(request.with(csrf()).with(user(counsellor)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(302);
    }
}

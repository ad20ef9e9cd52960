package org.taawun.support.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.shared.web.ProblemException;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.ChatStep;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.HandoffClosed;
import org.taawun.support.chat.Handoffs;

/** The console: the queue, one counsellor per conversation, reading, replying, closing, and bad replies. */
@TaawunTest
@RecordApplicationEvents
class ConsoleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Handoffs handoffs;

    @Autowired
    CounsellorDesk desk;

    @Autowired
    HandoffFixtures handoffFixtures;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ReachableConversations reachable;

    @Autowired
    ConversationHasher hasher;

    private final TaawunUser counsellor = HandoffFixtures.counsellor();

    @Test
    void theQueueShowsTheHandleLanguageTopicAndDangerFirst() throws Exception {
        String calm = handoffs.request(HandoffFixtures.webKey(), "fr", "LEGAL_AID", false);
        String urgent = handoffs.request(HandoffFixtures.webKey(), "fr", "DANGER_NOW", true);

        String page = page(get("/support/console").param("lang", "fr"), counsellor);

        assertThat(page).contains(calm, urgent, "Aide juridique", "En danger maintenant", "Français");
        assertThat(page.indexOf(urgent)).as("danger first").isLessThan(page.indexOf(calm));
        List<UUID> order = HandoffFixtures.as(
                counsellor,
                () -> desk.queue().stream().map(e -> e.handoff().id()).toList());
        assertThat(order.indexOf(handoffFixtures.idOf(urgent))).isLessThan(order.indexOf(handoffFixtures.idOf(calm)));
    }

    @Test
    void theCounsellorReadsWhatThePersonWroteSinceTheHandOffOnlyAfterTakingIt() throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "ar", "SHELTER", false);
        handoffs.personWrote(key, "He took my phone yesterday");
        UUID id = handoffFixtures.idOf(handle);

        assertThat(page(get("/support/console/{id}", id), counsellor))
                .as("not before she took it")
                .doesNotContain("He took my phone yesterday");

        MockHttpServletResponse taken = perform(post("/support/console/{id}/take", id), counsellor);
        assertThat(taken.getRedirectedUrl()).isEqualTo("/support/console/" + id);
        handoffs.personWrote(key, "Are you there?");

        assertThat(page(get("/support/console/{id}", id), counsellor))
                .contains(
                        "He took my phone yesterday",
                        "Are you there?",
                        "hx-get=\"/support/console/" + id + "/messages\"");
        assertThat(page(get("/support/console/{id}/messages", id), counsellor)).contains("Are you there?");
    }

    @Test
    void onlyOneCounsellorTakesAConversation() throws Exception {
        String handle = handoffs.request(HandoffFixtures.webKey(), "fr", null, false);
        UUID id = handoffFixtures.idOf(handle);
        // a real account: a signed-in session whose account does not exist is ended at once (and its flash with it)
        TaawunUser second = fixtures.staff(Role.COUNSELLOR);

        perform(post("/support/console/{id}/take", id), counsellor);
        MvcResult late = mvc.perform(
                        post("/support/console/{id}/take", id).with(csrf()).with(user(second)))
                .andReturn();

        assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/support/console");
        assertThat(late.getFlashMap().get("problem")).isEqualTo("support-handoff.error.taken");
        assertThat(mvc.perform(get("/support/console")
                                .param("lang", "en")
                                .with(user(second))
                                .flashAttr("problem", "support-handoff.error.taken"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Another counsellor has already taken this conversation.");
        assertThat(perform(get("/support/console/{id}", id), second).getStatus())
                .isEqualTo(403);
        assertThat(page(get("/support/console"), second))
                .as("no longer in her queue")
                .doesNotContain(handle);
    }

    @Test
    void twoCounsellorsTakingAtOnceGiveOneWinner() throws Exception {
        UUID id = handoffFixtures.idOf(handoffs.request(HandoffFixtures.webKey(), "ar", null, true));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                TaawunUser someone = HandoffFixtures.counsellor();
                Callable<Boolean> take = () -> {
                    start.await();
                    return HandoffFixtures.as(someone, () -> {
                        try {
                            desk.take(id);
                            return true;
                        } catch (ProblemException e) {
                            return false;
                        }
                    });
                };
                results.add(pool.submit(take));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReplyIsStoredAndPushedToThePersonsConversation() throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "fr", "COMPLAINT", false);
        UUID id = handoffFixtures.idOf(handle);
        perform(post("/support/console/{id}/take", id), counsellor);

        MockHttpServletResponse sent =
                perform(post("/support/console/{id}/reply", id).param("text", "  Bonjour, je suis là.  "), counsellor);

        assertThat(sent.getRedirectedUrl()).isEqualTo("/support/console/" + id);
        assertThat(handoffFixtures.messages(id)).containsExactly("COUNSELLOR: Bonjour, je suis là.");
        assertThat(counsellorPushes(key))
                .singleElement()
                .satisfies(e -> assertThat(e.reply())
                        .isEqualTo(new ChatReply(
                                ChatReply.Author.COUNSELLOR, "fr", List.of("Bonjour, je suis là."), List.of())));
    }

    @Test
    void closingEndsTheHandOffAndGivesTheBotBack() throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        String handle = handoffs.request(key, "en", null, false);
        UUID id = handoffFixtures.idOf(handle);
        perform(post("/support/console/{id}/take", id), counsellor);

        MockHttpServletResponse closed = perform(post("/support/console/{id}/close", id), counsellor);

        assertThat(closed.getRedirectedUrl()).isEqualTo("/support/console");
        assertThat(handoffFixtures.status(handle)).isEqualTo("CLOSED");
        assertThat(perform(get("/support/console/{id}/messages", id), counsellor)
                        .getStatus())
                .as("htmx stops polling")
                .isEqualTo(286);
        assertThat(handoffs.isOpen(key)).isFalse();
        assertThat(events.stream(HandoffClosed.class).filter(e -> e.key().equals(key)))
                .containsExactly(new HandoffClosed(key, "en"));
        handoffs.personWrote(key, "after the end");
        assertThat(handoffFixtures.messageCount(id))
                .as("nothing kept once closed")
                .isZero();
        assertThat(perform(post("/support/console/{id}/reply", id).param("text", "late"), counsellor)
                        .getStatus())
                .isEqualTo(409);
        assertThat(handoffFixtures.messageCount(id)).isZero();
    }

    @Test
    void onlyTheCounsellorWhoTookItOrAnAdministratorRepliesOrCloses() throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        UUID id = handoffFixtures.idOf(handoffs.request(key, "ar", null, false));
        assertThat(perform(post("/support/console/{id}/reply", id).param("text", "hello"), counsellor)
                        .getStatus())
                .as("not taken yet")
                .isEqualTo(409);
        perform(post("/support/console/{id}/take", id), counsellor);
        TaawunUser other = HandoffFixtures.counsellor();

        assertThat(perform(post("/support/console/{id}/reply", id).param("text", "hello"), other)
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(post("/support/console/{id}/close", id), other).getStatus())
                .isEqualTo(403);
        assertThat(handoffFixtures.messageCount(id)).isZero();
        assertThat(handoffs.isOpen(key)).isTrue();

        TaawunUser admin = fixtures.user("admin@taawun.test");
        assertThat(perform(post("/support/console/{id}/reply", id).param("text", "An administrator"), admin)
                        .getStatus())
                .isEqualTo(302);
        assertThat(perform(post("/support/console/{id}/close", id), admin).getStatus())
                .isEqualTo(302);
        assertThat(handoffs.isOpen(key)).isFalse();
    }

    @Test
    void anEmptyOrEnormousReplyIsRefusedWithAReasonAndNothingIsStored() throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        UUID id = handoffFixtures.idOf(handoffs.request(key, "fr", null, false));
        perform(post("/support/console/{id}/take", id), counsellor);

        MockHttpServletResponse empty = perform(
                post("/support/console/{id}/reply", id).param("text", "   ").param("lang", "fr"), counsellor);
        MockHttpServletResponse enormous = perform(
                post("/support/console/{id}/reply", id)
                        .param("text", "a".repeat(CounsellorDesk.MAX_REPLY + 1))
                        .param("lang", "en"),
                counsellor);
        MockHttpServletResponse missing = perform(post("/support/console/{id}/reply", id), counsellor);

        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("Écrivez une réponse avant d’envoyer.");
        assertThat(enormous.getStatus()).isEqualTo(400);
        assertThat(enormous.getContentAsString()).contains("An answer may have at most 2,000 characters.");
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(handoffFixtures.messageCount(id)).isZero();
        assertThat(counsellorPushes(key)).isEmpty();

        MockHttpServletResponse justFits = perform(
                post("/support/console/{id}/reply", id)
                        .param(
                                "text",
                                "a\r\n".repeat(CounsellorDesk.MAX_REPLY / 2).strip()),
                counsellor);
        assertThat(justFits.getStatus())
                .as("a line break counts once, as in the browser")
                .isEqualTo(302);
        assertThat(handoffFixtures.messageCount(id)).isEqualTo(1);
    }

    @Test
    void aPersonWhoseKeyThisNodeLostIsAnsweredOnceSheWritesAgain() throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        UUID id = handoffFixtures.idOf(handoffs.request(key, "en", null, false));
        perform(post("/support/console/{id}/take", id), counsellor);
        reachable.forget(hasher.hash(key));

        assertThat(page(get("/support/console/{id}", id).param("lang", "en"), counsellor))
                .contains("She cannot be answered until she writes");
        MockHttpServletResponse refused =
                perform(post("/support/console/{id}/reply", id).param("text", "Hello"), counsellor);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(handoffFixtures.messageCount(id)).isZero();

        handoffs.personWrote(key, "hello?");
        perform(post("/support/console/{id}/reply", id).param("text", "Hello"), counsellor);
        assertThat(handoffFixtures.messages(id)).containsExactly("PERSON: hello?", "COUNSELLOR: Hello");
        assertThat(counsellorPushes(key)).hasSize(1);
    }

    @Test
    void takingTellsThePersonOnceInHerLanguageThatACounsellorJoined() throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        UUID id = handoffFixtures.idOf(handoffs.request(key, "fr", null, false));
        assertThat(handoffs.claimJoinedNotice(key)).as("nobody has joined yet").isFalse();

        perform(post("/support/console/{id}/take", id), counsellor);

        assertThat(events.stream(ChatPushed.class).filter(e -> e.key().equals(key)))
                .singleElement()
                .satisfies(e -> assertThat(e.reply())
                        .isEqualTo(new ChatReply(
                                ChatReply.Author.BOT,
                                "fr",
                                List.of("Une écoutante vous a rejointe. Elle va vous écrire ici."),
                                List.of())));
        assertThat(handoffs.claimJoinedNotice(key)).as("she was told already").isFalse();
    }

    @Test
    void aPersonThisNodeCannotReachIsToldThatACounsellorJoinedAtHerNextMessage() throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        UUID id = handoffFixtures.idOf(handoffs.request(key, "ar", null, false));
        reachable.forget(hasher.hash(key));

        perform(post("/support/console/{id}/take", id), counsellor);

        assertThat(events.stream(ChatPushed.class).filter(e -> e.key().equals(key)))
                .isEmpty();
        assertThat(handoffs.claimJoinedNotice(key)).isTrue();
        assertThat(handoffs.claimJoinedNotice(key)).as("once").isFalse();
    }

    @Test
    void theCounsellorReadsWhatSheChoseAndWroteBeforeAskingUntilHerQuickExit() throws Exception {
        ConversationKey key = HandoffFixtures.webKey();
        String before = "Il me surveille " + UUID.randomUUID();
        UUID id = handoffFixtures.idOf(handoffs.request(
                key,
                "fr",
                "COUNSELLOR",
                false,
                List.of(
                        new ChatStep(ChatStep.Kind.CHOSE, "Aide juridique"),
                        new ChatStep(ChatStep.Kind.WROTE, before),
                        new ChatStep(ChatStep.Kind.CHOSE, "Parler à quelqu’un"))));
        handoffs.personWrote(key, "Après la demande");
        assertThat(page(get("/support/console/{id}", id).param("lang", "fr"), counsellor))
                .as("nothing is read before it is taken")
                .doesNotContain(before, "Aide juridique");

        perform(post("/support/console/{id}/take", id), counsellor);
        String page = page(get("/support/console/{id}", id).param("lang", "fr"), counsellor);
        assertThat(page)
                .contains("Ce qu’elle a choisi et écrit avant de demander une écoutante", "Depuis sa demande")
                .containsSubsequence("Aide juridique", before, "Parler à quelqu’un", "Après la demande");
        assertThat(handoffFixtures.messages(id))
                .containsExactly(
                        "CHOICE: Aide juridique",
                        "PERSON: " + before,
                        "CHOICE: Parler à quelqu’un",
                        "PERSON: Après la demande");

        handoffs.erase(key);

        assertThat(handoffFixtures.messageCount(id)).as("erased at once").isZero();
        assertThat(handoffs.isOpen(key)).isFalse();
        assertThat(page(get("/support/console/{id}", id).param("lang", "fr"), counsellor))
                .doesNotContain(before, "Aide juridique", "Après la demande");
    }

    private java.util.stream.Stream<ChatPushed> counsellorPushes(ConversationKey key) {
        return events.stream(ChatPushed.class)
                .filter(e -> e.key().equals(key) && e.reply().author() == ChatReply.Author.COUNSELLOR);
    }

    @Test
    void anUnknownConversationIsNotFound() throws Exception {
        assertThat(perform(get("/support/console/{id}", UUID.randomUUID()), counsellor)
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/support/console/{id}/take", UUID.randomUUID())
                                .with(csrf())
                                .with(user(counsellor)))
                        .andReturn()
                        .getFlashMap()
                        .get("problem"))
                .isEqualTo("support-handoff.error.not-found");
    }

    private String page(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, TaawunUser who)
            throws Exception {
        MockHttpServletResponse response = perform(request, who);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse perform(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, TaawunUser who)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who))).andReturn().getResponse();
    }
}

package org.taawun.support.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.taawun.support.IntentMatcher;
import org.taawun.support.ServiceDirectory;
import org.taawun.support.chat.Handoffs;

/**
 * The engine on a fake clock: a conversation idle for 30 minutes is gone (she starts again at the welcome), a wait
 * answered after its timeout goes to the safety check, and without a counsellors' queue she is given the listening
 * line instead.
 */
@EngineTest
class ConversationClockTest {

    final AtomicLong nanos = new AtomicLong();

    @Autowired
    FlowSource flows;

    @Autowired
    Choices choices;

    @Autowired
    Places places;

    @Autowired
    Routing routing;

    @Autowired
    IntentMatcher matcher;

    @Autowired
    Texts texts;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    ServiceLines lines;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ObjectProvider<Handoffs> handoffs;

    Conversations conversations;

    FlowChatbot bot(ObjectProvider<Handoffs> queue) {
        conversations = new Conversations(Duration.ofMinutes(30), nanos::get);
        Actions actions = new Actions(directory, lines, places, texts, events, queue);
        FlowRunner runner = new FlowRunner(actions, choices, conversations, places);
        return new FlowChatbot(flows, conversations, runner, routing, choices, matcher, texts, events, queue, actions);
    }

    static Chat inMorocco(FlowChatbot bot) {
        return new Chat(bot, "fr").write("Bonjour").tap("Français").tap("Oui").tap("Maroc");
    }

    void wait(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aConversationIdleForThirtyMinutesIsGone() {
        Chat chat = inMorocco(bot(handoffs));
        wait(Duration.ofMinutes(29));
        chat.write("porter plainte").says("Vous revoilà.");
        assertThat(conversations.size()).isEqualTo(1);

        wait(Duration.ofMinutes(31));
        assertThat(conversations.size()).isZero();
        chat.write("oui").says("Je suis là pour vous écouter").offers("العربية", "Français", "English");
    }

    @Test
    void anAnswerAfterTheTimeoutGoesToTheSafetyCheckFirst() {
        Chat chat = new Chat(bot(handoffs), "en");
        chat.write("hi").tap("English").tap("Yes").tap("Tunisia");
        wait(Duration.ofMinutes(9));
        chat.write("I want to file a complaint").says("You can file a complaint");
        wait(Duration.ofMinutes(11));
        chat.tap("Menu").says("Welcome back.", "Can you talk safely now?").offers("Yes", "No");
        chat.tap("No").says("Your safety comes first.", "— 1899").saysNot("8350");
        chat.tap("I can talk now").says("How can I help you?");
    }

    @Test
    void withoutACounsellorsQueueSheIsGivenTheListeningLine() {
        Chat chat = new Chat(bot(new StaticListableBeanFactory().getBeanProvider(Handoffs.class)), "fr");
        chat.write("Bonjour")
                .tap("Français")
                .tap("Oui")
                .tap("Maroc")
                .tap("Parler à quelqu’un")
                .tap("Oui");
        chat.says("Aucune écoutante ne peut répondre ici pour le moment", "— 8350")
                .saysNot("J’ai demandé");
    }
}

package org.taawun.support.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.taawun.support.DangerSignal;
import org.taawun.support.Intent;
import org.taawun.support.IntentMatch;
import org.taawun.support.IntentMatcher;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.ChatStep;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.ConversationStarted;
import org.taawun.support.chat.HandoffClosed;
import org.taawun.support.chat.HandoffTaken;
import org.taawun.support.chat.Handoffs;
import org.taawun.support.understanding.TextNormaliser;

/**
 * The conversation engine behind every channel. Each message is read in this order: (a) danger, wherever she is,
 * answers at once with the emergency numbers and the offer of a counsellor; (b) a new conversation starts at the
 * welcome; (c) the global menu word brings the menu back; (d) while a counsellor has her conversation, what she
 * writes goes to the counsellor and the bot stays quiet (but for one short acknowledgement of her first message while
 * she waits, and the word that a counsellor has joined); (e) otherwise the flow routes her answer, or she is told she
 * was not understood and shown the choices again, with nothing changed. Danger is heard in every case.
 *
 * <p>Privacy: nothing of what she writes is logged; the conversation's state, with her last steps for a counsellor she
 * may ask for, lives in memory and is gone after the idle time or at once by the quick exit.
 */
@Component
class FlowChatbot implements Chatbot {

    static final List<String> LANGUAGES = List.of("ar", "fr", "en");
    /** The languages of a danger answer when the language she wrote in is not known. */
    static final List<String> BOTH = List.of("ar", "fr");
    /** Longer messages are cut here: the web form and Messenger send far less. */
    static final int MAX_TEXT = 2_000;

    static final int MAX_PAYLOAD = 200;
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cs}\\x{FFFD}&&[^\\n]]");

    private final FlowSource flows;
    private final Conversations conversations;
    private final FlowRunner runner;
    private final Routing routing;
    private final Choices choices;
    private final IntentMatcher matcher;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Handoffs> handoffs;
    private final Actions actions;

    FlowChatbot(
            FlowSource flows,
            Conversations conversations,
            FlowRunner runner,
            Routing routing,
            Choices choices,
            IntentMatcher matcher,
            Texts texts,
            ApplicationEventPublisher events,
            ObjectProvider<Handoffs> handoffs,
            Actions actions) {
        this.actions = actions;
        this.flows = flows;
        this.conversations = conversations;
        this.runner = runner;
        this.routing = routing;
        this.choices = choices;
        this.matcher = matcher;
        this.texts = texts;
        this.events = events;
        this.handoffs = handoffs;
    }

    @Override
    public ChatReply handle(ConversationKey key, ChatInput input, String language) {
        return handle(key, input, language, null);
    }

    @Override
    public ChatReply handle(ConversationKey key, ChatInput input, String language, String country) {
        Flow flow = flows.active();
        String channelLanguage = supported(language);
        Conversation fresh = new Conversation(flow.speak(channelLanguage == null ? LANGUAGES.get(0) : channelLanguage));
        Conversation conversation = conversations.findOrStart(key, fresh);
        boolean started = conversation == fresh;
        synchronized (conversation) {
            conversation.follow(channelLanguage == null ? null : flow.speak(channelLanguage));
            conversation.guessCountry(Actions.country(country));
            if (started) {
                events.publishEvent(new ConversationStarted(key.channel(), conversation.language()));
            }
            Turn turn = new Turn();
            answer(flow, conversation, key, read(input), started, turn);
            return turn.reply(flow.speak(conversation.language()));
        }
    }

    private void answer(
            Flow flow, Conversation conversation, ConversationKey key, Answer answer, boolean started, Turn turn) {
        Handoffs queue = handoffs.getIfAvailable();
        boolean withCounsellor = queue != null && queue.isOpen(key);
        boolean written = !answer.tapped() && answer.text() != null;
        boolean menu = answer.match().best().filter(Intent.MENU::equals).isPresent();
        boolean acknowledge = false;
        if (withCounsellor && written) {
            acknowledge = queue.personWrote(key, answer.text());
        } else if (answer.text() != null) {
            conversation.record(
                    new ChatStep(answer.tapped() ? ChatStep.Kind.CHOSE : ChatStep.Kind.WROTE, answer.text()));
        }
        if (withCounsellor && queue.claimJoinedNotice(key)) {
            turn.say(texts.get("support-chat.handoff.joined", flow.speak(conversation.language())));
        }
        if (answer.match().isDanger()) {
            conversation.raiseDanger();
            danger(flow, conversation, key, answer.match().danger(), turn);
        } else if (withCounsellor && written && !menu) {
            if (acknowledge) {
                turn.say(texts.get("support-chat.handoff.passed-on", flow.speak(conversation.language())));
            }
        } else if (started) {
            runner.enter(flow, flow.start(), conversation, key, turn);
        } else if (Actions.numbersAsked(answer.payload()) != null) {
            actions.numbersOf(Actions.numbersAsked(answer.payload()), flow, conversation, turn);
            Node node = conversation.node() == null
                    ? null
                    : flow.node(conversation.node()).orElse(null);
            if (node != null) {
                turn.offer(choices.of(flow, node, conversation));
            }
        } else if (menu) {
            runner.enter(flow, flow.menu(), conversation, key, turn);
        } else {
            step(flow, conversation, key, answer, turn);
        }
    }

    /**
     * The danger answer, before anything else. Until she has chosen a language it is said in the language the danger
     * was written in (which then becomes hers); when that is not known (Darija in Latin script, mixed languages), in
     * Arabic and French, each message in both, with the quick replies in the channel's language when it is one of
     * them, else in Arabic.
     */
    private void danger(Flow flow, Conversation conversation, ConversationKey key, DangerSignal signal, Turn turn) {
        if (conversation.languageChosen()) {
            runner.enter(flow, flow.danger(), conversation, key, turn);
            return;
        }
        Optional<String> written = signal.languageAmong(flow.languages());
        if (written.isPresent()) {
            conversation.speak(written.get());
            runner.enter(flow, flow.danger(), conversation, key, turn);
            return;
        }
        if (!flow.languages().containsAll(BOTH)) {
            runner.enter(flow, flow.danger(), conversation, key, turn);
            return;
        }
        String channel = conversation.language();
        Turn arabic = new Turn();
        conversation.follow(BOTH.get(0));
        runner.enter(flow, flow.danger(), conversation, key, arabic);
        Turn french = new Turn();
        conversation.follow(BOTH.get(1));
        runner.enter(flow, flow.danger(), conversation, key, french);
        conversation.follow(channel);
        turn.sayBoth(arabic, french, BOTH.get(1).equals(channel) ? french : arabic);
    }

    private void step(Flow flow, Conversation conversation, ConversationKey key, Answer answer, Turn turn) {
        Node node = conversation.node() == null
                ? null
                : flow.node(conversation.node()).orElse(null);
        if (node == null || (!node.waits() && !node.ends())) {
            runner.enter(flow, flow.menu(), conversation, key, turn);
        } else if (answer.text() == null && !answer.tapped()) {
            notUnderstood(flow, node, conversation, "support-chat.empty", turn);
        } else if (node.ends()) {
            runner.enter(flow, flow.restart(), conversation, key, turn);
        } else if (timedOut(node, conversation)) {
            runner.enter(flow, node.timeout().exit(), conversation, key, turn);
        } else {
            Optional<String> exit = routing.route(flow, node, conversation, answer);
            if (exit.isPresent()) {
                runner.enter(flow, exit.get(), conversation, key, turn);
            } else {
                notUnderstood(flow, node, conversation, "support-chat.not-understood", turn);
            }
        }
    }

    private boolean timedOut(Node node, Conversation conversation) {
        if (node.timeout() == null || node.timeout().exit() == null) {
            return false;
        }
        return node.timeout()
                .duration()
                .map(d -> conversations.now() - conversation.waitingSince() > d.toNanos())
                .orElse(false);
    }

    private void notUnderstood(Flow flow, Node node, Conversation conversation, String key, Turn turn) {
        turn.say(texts.get(key, flow.speak(conversation.language())));
        turn.offer(choices.of(flow, node, conversation));
    }

    /** A counsellor closed the hand-off: she is told, and the bot takes over with the menu. */
    @EventListener
    void on(HandoffClosed closed) {
        Flow flow = flows.active();
        String language =
                flow.speak(Optional.ofNullable(supported(closed.language())).orElse(LANGUAGES.get(0)));
        Conversation conversation = conversations.findOrStart(closed.key(), new Conversation(language));
        synchronized (conversation) {
            Turn turn = new Turn();
            turn.say(texts.get("support-chat.handoff.ended", flow.speak(conversation.language())));
            runner.enter(flow, flow.menu(), conversation, closed.key(), turn);
            events.publishEvent(new ChatPushed(closed.key(), turn.reply(flow.speak(conversation.language()))));
        }
    }

    /** A counsellor took the hand-off: she is told that a counsellor has joined, in her language. */
    @EventListener
    void on(HandoffTaken taken) {
        Flow flow = flows.active();
        // The hand-off's language: the one she spoke when she asked (this node may have forgotten her conversation).
        String language =
                flow.speak(Optional.ofNullable(supported(taken.language())).orElse(LANGUAGES.get(0)));
        ChatReply joined = new ChatReply(
                ChatReply.Author.BOT, language, List.of(texts.get("support-chat.handoff.joined", language)), List.of());
        events.publishEvent(new ChatPushed(taken.key(), joined));
    }

    @Override
    public void forget(ConversationKey key) {
        conversations.forget(key);
        Handoffs queue = handoffs.getIfAvailable();
        if (queue != null) {
            queue.erase(key);
        }
    }

    private Answer read(ChatInput input) {
        String payload = cleaned(input == null ? null : input.payload(), MAX_PAYLOAD);
        String text = cleaned(input == null ? null : input.text(), MAX_TEXT);
        if (payload != null) {
            return new Answer(text, payload, List.of(), IntentMatch.UNKNOWN);
        }
        if (text == null) {
            return new Answer(null, null, List.of(), IntentMatch.UNKNOWN);
        }
        // The text is far shorter than what the matcher reads, so its words are those the matcher would find.
        List<String> words = TextNormaliser.tokens(text);
        return new Answer(text, null, words, matcher.matchWords(words));
    }

    /** The text without control characters or broken ones, cut at {@code max}; null when nothing is left. */
    static String cleaned(String raw, int max) {
        if (raw == null) {
            return null;
        }
        String bounded = raw.length() > max ? raw.substring(0, max) : raw;
        String text = UNPRINTABLE.matcher(bounded).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    static String supported(String language) {
        return language != null && LANGUAGES.contains(language) ? language : null;
    }
}

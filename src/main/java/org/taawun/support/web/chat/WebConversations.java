package org.taawun.support.web.chat;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.taawun.shared.web.ProblemException;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/**
 * The web channel between the page or the API and the engine: it keeps the transcript of what the person sees,
 * hands each message to the {@link Chatbot} and adds what it answers, and adds what a counsellor pushes meanwhile.
 * The engine and the hand-off are looked up when needed, so the channel starts (and says it cannot answer) without
 * them. Nothing here logs what a person wrote or her token.
 */
@Component
class WebConversations {

    private static final Logger LOG = LoggerFactory.getLogger(WebConversations.class);

    private final Transcripts transcripts;
    private final ObjectProvider<Chatbot> chatbot;
    private final ObjectProvider<Handoffs> handoffs;

    WebConversations(Transcripts transcripts, ObjectProvider<Chatbot> chatbot, ObjectProvider<Handoffs> handoffs) {
        this.transcripts = transcripts;
        this.chatbot = chatbot;
        this.handoffs = handoffs;
    }

    Optional<Transcript> find(String token) {
        return transcripts.find(token);
    }

    /**
     * Erases the conversation at once (the quick exit): what the page shows, the engine's state with her last steps,
     * and her open hand-off with what it kept of her. An unknown token is ignored; the quick exit leaves even when the
     * engine fails.
     */
    void erase(String token) {
        if (!ConversationTokens.isWellFormed(token)) {
            return;
        }
        transcripts.erase(token);
        Chatbot engine = chatbot.getIfAvailable();
        if (engine != null) {
            try {
                engine.forget(new ConversationKey(ChatChannel.WEB, token));
            } catch (RuntimeException e) {
                LOG.error(
                        "A quick exit could not erase the conversation: {}",
                        e.getClass().getName());
            }
        }
    }

    Transcript start(String language) {
        return transcripts.start(language);
    }

    /**
     * Shows what the person sent in her bubble, asks the engine and shows its answer. Turns of one conversation are
     * handled one at a time, in the order they came.
     *
     * @param language the language of the page or of {@code Accept-Language}
     * @param country the country the request suggests ({@code MA}, {@code TN}), or null
     * @throws ProblemException 503 when no engine is running or it failed
     */
    void send(Transcript transcript, ChatInput input, String language, String country) {
        Chatbot engine = chatbot.getIfAvailable();
        if (engine == null) {
            throw unavailable();
        }
        transcript.turnLock().lock();
        try {
            ChatInput titled = withTitle(transcript, input);
            transcript.add(Bubble.Speaker.PERSON, shown(titled));
            ChatReply reply = answer(engine, transcript, titled, language, country);
            transcript.speak(reply.language());
            add(transcript, reply);
        } finally {
            transcript.turnLock().unlock();
        }
    }

    /** Whether a counsellor is expected or talking, so that the page looks for her messages. */
    boolean handoffOpen(Transcript transcript) {
        Handoffs queue = handoffs.getIfAvailable();
        return queue != null && queue.isOpen(transcript.key());
    }

    /** A counsellor's reply (or the bot's word after a hand-off) for a web conversation that is still kept. */
    @EventListener
    void pushed(ChatPushed event) {
        if (event.key().channel() != ChatChannel.WEB) {
            return;
        }
        transcripts.find(event.key().id()).ifPresent(t -> add(t, event.reply()));
    }

    private static ChatReply answer(
            Chatbot engine, Transcript transcript, ChatInput input, String language, String country) {
        try {
            return engine.handle(transcript.key(), input, language, country);
        } catch (RuntimeException e) {
            // The exception's class only: its message could quote what she wrote.
            LOG.error(
                    "The chatbot failed to answer a web message: {}",
                    e.getClass().getName());
            throw unavailable();
        }
    }

    /** A tapped quick reply comes with its title as text, as the engine expects; a payload never offered, without. */
    private static ChatInput withTitle(Transcript transcript, ChatInput input) {
        if (input.text() != null && !input.text().isBlank()) {
            return input;
        }
        return new ChatInput(transcript.titleOf(input.payload()), input.payload());
    }

    private static String shown(ChatInput input) {
        return input.text() != null ? input.text().strip() : input.payload();
    }

    private static void add(Transcript transcript, ChatReply reply) {
        Bubble.Speaker speaker =
                reply.author() == ChatReply.Author.COUNSELLOR ? Bubble.Speaker.COUNSELLOR : Bubble.Speaker.BOT;
        List<String> messages = reply.messages();
        messages.forEach(m -> transcript.add(speaker, m));
        if (!reply.quickReplies().isEmpty() || !messages.isEmpty()) {
            transcript.offer(reply.quickReplies());
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(
                HttpStatus.SERVICE_UNAVAILABLE, "chat-unavailable", "support.chat.error.unavailable");
    }
}

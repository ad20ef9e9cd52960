package org.taawun.support.messenger;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/**
 * Handles one message a person sent through Messenger, stored by the webhook and claimed by {@link InboxProcessor}
 * (repeats were left out when it was stored): the sender id becomes a conversation key (a keyed hash), the
 * conversation engine answers, and the answer goes to the outbox, in the processor's transaction. Messenger gives no
 * language, so the engine is given none. Nothing she wrote is logged.
 */
@Component
class MessengerConversations {

    private static final Logger log = LoggerFactory.getLogger(MessengerConversations.class);

    private final SenderHash senders;
    private final Recipients recipients;
    private final ObjectProvider<Chatbot> chatbot;
    private final ObjectProvider<Handoffs> handoffs;
    private final ReplyQueue replies;
    private final MessengerMetrics metrics;
    private final AtomicBoolean toldNoEngine = new AtomicBoolean();

    MessengerConversations(
            SenderHash senders,
            Recipients recipients,
            ObjectProvider<Chatbot> chatbot,
            ObjectProvider<Handoffs> handoffs,
            ReplyQueue replies,
            MessengerMetrics metrics) {
        this.senders = senders;
        this.recipients = recipients;
        this.chatbot = chatbot;
        this.handoffs = handoffs;
        this.replies = replies;
        this.metrics = metrics;
    }

    void handle(IncomingMessage message) {
        Chatbot engine = chatbot.getIfAvailable();
        if (engine == null) {
            if (toldNoEngine.compareAndSet(false, true)) {
                log.warn("Messenger: no conversation engine in this application; messages are not answered");
            }
            metrics.event("unanswered");
            return;
        }
        ConversationKey key = senders.keyOf(message.senderId());
        try {
            // Known before the engine answers, so that whatever it pushes meanwhile can reach her...
            recipients.wrote(key.id(), message.senderId(), handoffOpen(key));
            ChatReply reply = engine.handle(key, message.input(), null);
            // ...and kept longer when her message opened a hand-off.
            recipients.wrote(key.id(), message.senderId(), handoffOpen(key));
            replies.add(message.senderId(), reply);
            metrics.event("handled");
        } catch (RuntimeException e) {
            // The exception's message may quote what she wrote: only its class is logged.
            log.warn(
                    "Messenger: a message could not be handled ({})",
                    e.getClass().getSimpleName());
            metrics.event("failed");
        }
    }

    private boolean handoffOpen(ConversationKey key) {
        Handoffs queue = handoffs.getIfAvailable();
        return queue != null && queue.isOpen(key);
    }
}

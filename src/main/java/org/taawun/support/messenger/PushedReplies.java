package org.taawun.support.messenger;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.HandoffClosed;
import org.taawun.support.messenger.Recipients.Recipient;

/**
 * Sends what is told to a Messenger conversation outside of an answer (a counsellor's reply, the end of a hand-off),
 * in the publisher's transaction through the outbox. Messenger allows it only within 24 hours of her last message:
 * later, or when her sender id is no longer in memory, the reply is dropped and counted.
 */
@Component
class PushedReplies {

    private final Recipients recipients;
    private final ReplyQueue replies;
    private final MessengerProperties properties;
    private final MessengerMetrics metrics;
    private final Clock clock;

    @Autowired
    PushedReplies(Recipients recipients, ReplyQueue replies, MessengerProperties properties, MessengerMetrics metrics) {
        this(recipients, replies, properties, metrics, Clock.systemUTC());
    }

    PushedReplies(
            Recipients recipients,
            ReplyQueue replies,
            MessengerProperties properties,
            MessengerMetrics metrics,
            Clock clock) {
        this.recipients = recipients;
        this.replies = replies;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    @EventListener
    void on(ChatPushed pushed) {
        if (pushed.key().channel() != ChatChannel.MESSENGER || pushed.reply().isEmpty()) {
            return;
        }
        Optional<Recipient> recipient = recipients.of(pushed.key().id());
        if (recipient.isEmpty()) {
            metrics.dropped("no_recipient");
            return;
        }
        Duration sinceLastMessage = Duration.between(recipient.get().lastMessageAt(), clock.instant());
        if (sinceLastMessage.compareTo(properties.replyWindow()) > 0) {
            metrics.dropped("window_closed");
            return;
        }
        replies.add(recipient.get().senderId(), pushed.reply());
    }

    @EventListener
    void on(HandoffClosed closed) {
        if (closed.key().channel() == ChatChannel.MESSENGER) {
            recipients.handoffClosed(closed.key().id());
        }
    }
}

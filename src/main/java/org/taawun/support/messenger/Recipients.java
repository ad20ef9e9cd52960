package org.taawun.support.messenger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Who to write to: the sender id behind each conversation key, kept in memory only (never in the database), for as
 * long as the conversation lives (30 minutes after her last message) or, while a counsellor hand-off is open, as long
 * as Messenger lets us write to her (24 hours after her last message). A restart forgets them all: a counsellor's
 * reply then cannot reach her, which is the price of storing nothing.
 */
@Component
class Recipients {

    /** A sender id, when she last wrote, and how long to keep it from the time it was written here. */
    record Recipient(String senderId, Instant lastMessageAt, Duration keep) {}

    private final Cache<String, Recipient> byKey;
    private final MessengerProperties properties;
    private final Clock clock;

    @Autowired
    Recipients(MessengerProperties properties) {
        this(properties, Clock.systemUTC());
    }

    Recipients(MessengerProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.byKey = Caffeine.newBuilder()
                .maximumSize(1_000_000)
                .ticker(() -> {
                    Instant now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .expireAfter(Expiry.<String, Recipient>writing((key, recipient) -> recipient.keep()))
                .build();
    }

    /** She wrote now; keep her id the time of a conversation, or of the reply window when a hand-off is open. */
    void wrote(String conversationId, String senderId, boolean handoffOpen) {
        Duration keep = handoffOpen ? properties.replyWindow() : properties.conversationIdle();
        byKey.put(conversationId, new Recipient(senderId, clock.instant(), keep));
    }

    /** The hand-off closed: keep her id only as long as an idle conversation from now on. */
    void handoffClosed(String conversationId) {
        byKey.asMap()
                .computeIfPresent(
                        conversationId,
                        (id, recipient) -> new Recipient(
                                recipient.senderId(), recipient.lastMessageAt(), properties.conversationIdle()));
    }

    Optional<Recipient> of(String conversationId) {
        return Optional.ofNullable(byKey.getIfPresent(conversationId));
    }
}

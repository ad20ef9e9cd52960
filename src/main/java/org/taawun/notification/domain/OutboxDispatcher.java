package org.taawun.notification.domain;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.taawun.notification.Channel;

/**
 * Delivers due notifications after their transaction committed, at least once: it claims a batch (a lease and an
 * attempt counted, committed at once), sends each message with no transaction open and no row locked, and records
 * each outcome as soon as it is known. A dispatcher that dies between sending and recording leaves its claim, which
 * ends after the lease: the message is then sent again, with the same idempotency key (its row id). A failed attempt
 * waits longer each time; after the last allowed one the message is parked for an administrator.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final Outbox outbox;
    private final List<NotificationProvider> providers;
    private final NotificationProperties properties;

    OutboxDispatcher(Outbox outbox, List<NotificationProvider> providers, NotificationProperties properties) {
        this.outbox = outbox;
        this.providers = providers;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${taawun.notification.poll-interval:2s}",
            initialDelayString = "${taawun.notification.initial-delay:5s}")
    void deliverDue() {
        deliverDue(Instant.now());
    }

    /** Delivers what is due at {@code now}; returns how many notifications were attempted. */
    public int deliverDue(Instant now) {
        int attempted = 0;
        List<OutboxMessage> due;
        do {
            long claimedAt = System.nanoTime();
            due = outbox.claimDue(now, properties.lease(), properties.batchSize());
            for (OutboxMessage message : due) {
                // A claim that lapsed while the batch was being sent may have been taken by another dispatcher.
                if (System.nanoTime() - claimedAt < properties.lease().toNanos()) {
                    deliver(message, now);
                    attempted++;
                }
            }
        } while (due.size() == properties.batchSize());
        return attempted;
    }

    /** Sends one claimed message (no transaction is open here) and records the outcome. */
    private void deliver(OutboxMessage message, Instant now) {
        try {
            provider(message.channel()).send(message);
        } catch (Exception e) {
            boolean parked = message.attempts() >= properties.maxAttempts();
            log.warn(
                    "Notification {} failed (attempt {}{}): {}",
                    message.id(),
                    message.attempts(),
                    parked ? ", parked" : "",
                    e.getClass().getSimpleName());
            outbox.markFailed(
                    message.id(),
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    now.plus(properties.delayAfter(message.attempts())),
                    properties.maxAttempts());
            return;
        }
        outbox.markSent(message.id(), now);
    }

    private NotificationProvider provider(Channel channel) {
        return providers.stream()
                .filter(p -> p.supports(channel))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no provider for " + channel));
    }
}

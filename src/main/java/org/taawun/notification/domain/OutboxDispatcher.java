package org.taawun.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.notification.Channel;

/**
 * Delivers due notifications after their transaction committed. A failed delivery is retried later with a growing
 * wait; the row stays locked while it is being sent, so no other node sends it at the same time.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final List<NotificationProvider> providers;
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;

    OutboxDispatcher(
            Outbox outbox,
            List<NotificationProvider> providers,
            NotificationProperties properties,
            TransactionTemplate transactions) {
        this.outbox = outbox;
        this.providers = providers;
        this.properties = properties;
        this.transactions = transactions;
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
        int batch;
        do {
            Integer done = transactions.execute(status -> deliverBatch(now));
            batch = done == null ? 0 : done;
            attempted += batch;
        } while (batch == BATCH);
        return attempted;
    }

    private int deliverBatch(Instant now) {
        List<OutboxMessage> due = outbox.claimDue(now, BATCH);
        List<UUID> sent = new ArrayList<>(due.size());
        for (OutboxMessage message : due) {
            if (deliver(message, now)) {
                sent.add(message.id());
            }
        }
        // Rolled back with the claim if the batch fails half-way: those messages are then tried again.
        outbox.markSent(sent, now);
        return due.size();
    }

    /** Sends the message; when the provider fails, schedules the next attempt (or gives up) and answers false. */
    private boolean deliver(OutboxMessage message, Instant now) {
        try {
            provider(message.channel()).send(message);
            return true;
        } catch (Exception e) {
            int failures = message.attempts() + 1;
            boolean giveUp = failures >= properties.maxAttempts();
            log.warn(
                    "Notification {} failed (attempt {}): {}",
                    message.id(),
                    failures,
                    e.getClass().getSimpleName());
            outbox.markFailed(
                    message.id(),
                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                    now.plus(properties.delayAfter(failures)),
                    giveUp);
            return false;
        }
    }

    private NotificationProvider provider(Channel channel) {
        return providers.stream()
                .filter(p -> p.supports(channel))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no provider for " + channel));
    }
}

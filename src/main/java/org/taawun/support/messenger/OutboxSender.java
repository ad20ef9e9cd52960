package org.taawun.support.messenger;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.taawun.support.messenger.MessengerOutbox.Pending;

/**
 * Sends the outbox's replies: at once when woken after a reply was queued, and every few seconds for replies due
 * again after a failure. Each batch is claimed first (committed), then each reply goes to the Send API with no
 * transaction open and no row locked, then its outcome is recorded. A failed attempt (an error answer, a network
 * error, or any unexpected exception) waits 5 s, 10 s, 20 s... and the reply is deleted after its last attempt, or at
 * once when Meta refuses it for good; then only a count is kept (no id, no text). A reply whose claim has lapsed
 * while the batch was being sent is left to whoever claims it next.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;

    private final MessengerOutbox outbox;
    private final SendApi sendApi;
    private final MessengerProperties properties;
    private final MessengerMetrics metrics;
    private final Waker waker = new Waker("messenger-sender", () -> sendDue(Instant.now()));

    OutboxSender(MessengerOutbox outbox, SendApi sendApi, MessengerProperties properties, MessengerMetrics metrics) {
        this.outbox = outbox;
        this.sendApi = sendApi;
        this.properties = properties;
        this.metrics = metrics;
    }

    /** Sends what is due soon, on the sender's own thread; several calls in a row make one run. */
    void wake() {
        waker.wake();
    }

    @Scheduled(
            fixedDelayString = "${taawun.support.messenger.poll-interval:2s}",
            initialDelayString = "${taawun.support.messenger.initial-delay:5s}")
    void poll() {
        if (properties.enabled()) {
            // On the sender's own thread: the scheduler's threads never wait for the Send API.
            wake();
        }
    }

    /** Sends every reply due at {@code now}, each recipient's in order; returns how many attempts were made. */
    int sendDue(Instant now) {
        int attempted = 0;
        List<Pending> due;
        do {
            long claimedAt = System.nanoTime();
            due = outbox.claimDue(now, properties.lease(), BATCH);
            for (Pending reply : due) {
                if (System.nanoTime() - claimedAt < properties.lease().toNanos()) {
                    send(reply);
                    attempted++;
                }
            }
        } while (!due.isEmpty());
        return attempted;
    }

    private void send(Pending reply) {
        SendApi.Outcome outcome;
        try {
            outcome = sendApi.send(reply.recipient(), reply.body());
        } catch (RuntimeException e) {
            // Counted as a failed attempt, so that it cannot be retried for ever; only the class is logged.
            log.warn("Messenger: a reply could not be sent ({})", e.getClass().getSimpleName());
            outcome = SendApi.Outcome.RETRY;
        }
        int attempts = reply.attempts();
        if (outcome == SendApi.Outcome.SENT) {
            outbox.delete(reply.id());
            metrics.sent("sent");
        } else if (outcome == SendApi.Outcome.REFUSED || attempts >= properties.maxAttempts()) {
            outbox.delete(reply.id());
            metrics.sent(outcome == SendApi.Outcome.REFUSED ? "refused" : "given_up");
            log.warn("Messenger: a reply was dropped after {} attempt(s) ({})", attempts, outcome);
        } else {
            outbox.retryAt(reply.id(), Instant.now().plus(properties.delayAfter(attempts)));
            metrics.sent("retry");
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        waker.stop(0);
    }
}

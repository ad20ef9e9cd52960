package org.taawun.support.messenger;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.messenger.EventInbox.Claimed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Processes the stored events: at once when the webhook stored some, and every few seconds for those left by a node
 * that stopped (their claim lapses after the lease) or due again after a failure. Each batch is claimed first
 * (committed): at most one event per sender, her oldest, so a sender's events are processed one at a time and in
 * order, on any node. An event is handed to the conversation engine and marked processed (its sender id and text
 * erased) in one transaction, so its reply is queued if and only if it counts as processed. An event older than
 * {@code max-event-age} is dropped unprocessed; one that fails is tried again later and dropped after the last
 * attempt.
 */
@Component
class InboxProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);
    private static final int BATCH = 50;

    private final EventInbox inbox;
    private final MessengerConversations conversations;
    private final MessengerProperties properties;
    private final TransactionTemplate transactions;
    private final MessengerMetrics metrics;
    private final ObjectMapper json;
    private final Waker waker = new Waker("messenger-events", () -> processDue(Instant.now()));
    private final ExecutorService workers;

    InboxProcessor(
            EventInbox inbox,
            MessengerConversations conversations,
            MessengerProperties properties,
            TransactionTemplate transactions,
            MessengerMetrics metrics,
            ObjectMapper json) {
        this.inbox = inbox;
        this.conversations = conversations;
        this.properties = properties;
        this.transactions = transactions;
        this.metrics = metrics;
        this.json = json;
        this.workers =
                Executors.newFixedThreadPool(Math.max(1, properties.workers()), Threads.named("messenger-worker"));
    }

    /** Processes what is waiting soon, on the processor's own thread; several calls in a row make one run. */
    void wake() {
        waker.wake();
    }

    @Scheduled(
            fixedDelayString = "${taawun.support.messenger.poll-interval:2s}",
            initialDelayString = "${taawun.support.messenger.initial-delay:5s}")
    void poll() {
        if (properties.enabled()) {
            wake();
        }
    }

    /** Forgets the message ids of events processed longer ago than the oldest event still accepted. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldEvents() {
        inbox.forgetProcessedBefore(Instant.now().minus(properties.maxEventAge()));
    }

    /** Processes every event waiting at {@code now}, each sender's in order; returns how many were attempted. */
    int processDue(Instant now) {
        int attempted = 0;
        List<Claimed> due;
        do {
            long claimedAt = System.nanoTime();
            due = inbox.claim(now, properties.lease(), BATCH);
            List<Callable<Void>> tasks = due.stream()
                    .<Callable<Void>>map(event -> () -> {
                        // A claim that lapsed meanwhile may have been taken by another node.
                        if (System.nanoTime() - claimedAt < properties.lease().toNanos()) {
                            process(event);
                        }
                        return null;
                    })
                    .toList();
            runAll(tasks);
            attempted += due.size();
        } while (!due.isEmpty());
        return attempted;
    }

    /** Runs the tasks (one per sender) on the workers and waits for them all. */
    private void runAll(List<Callable<Void>> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        try {
            workers.invokeAll(tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while processing Messenger events", e);
        }
    }

    private void process(Claimed event) {
        Instant now = Instant.now();
        if (event.sentAt().isBefore(now.minus(properties.maxEventAge()))) {
            inbox.processed(event.id(), now);
            metrics.event("too_old");
            return;
        }
        try {
            IncomingMessage message = decode(event.event());
            transactions.executeWithoutResult(status -> {
                conversations.handle(message);
                inbox.processed(event.id(), now);
            });
        } catch (RuntimeException e) {
            // Only the class: the exception may quote what she wrote.
            if (event.attempts() >= properties.maxAttempts()) {
                inbox.processed(event.id(), Instant.now());
                metrics.event("dropped");
                log.warn("Messenger: an event was dropped after {} attempt(s) ({})", event.attempts(), name(e));
            } else {
                inbox.retryAt(event.id(), Instant.now().plus(properties.delayAfter(event.attempts())));
                log.warn("Messenger: an event will be tried again ({})", name(e));
            }
        }
    }

    private IncomingMessage decode(String stored) {
        JsonNode event = json.readTree(stored);
        return new IncomingMessage(
                event.path("sender").asString(),
                null,
                new ChatInput(text(event.path("text")), text(event.path("payload"))),
                null);
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    private static String name(Exception e) {
        return e.getClass().getSimpleName();
    }

    /** At shutdown the running batch is finished (for up to 10 s); what is left waits in the table. */
    @PreDestroy
    void stop() throws InterruptedException {
        waker.stop(10);
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}

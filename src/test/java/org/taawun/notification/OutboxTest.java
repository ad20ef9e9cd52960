package org.taawun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.Fixtures;
import org.taawun.TaawunTest;
import org.taawun.notification.domain.NotificationProvider;
import org.taawun.notification.domain.OutboxDispatcher;
import org.taawun.notification.domain.OutboxMessage;

/**
 * The outbox: written in the transaction of the change (or not at all), delivered after with no lock held, retried
 * with growing waits when the provider fails, parked after the last attempt, never lost, never delivered twice by two
 * dispatchers at once, and not again when a node dies after sending part of a batch.
 */
@TaawunTest
class OutboxTest {

    /** What the process dying half-way through a batch looks like to the code after it: nothing runs any more. */
    static class Crash extends Error {
        Crash() {
            super("the node stopped");
        }
    }

    /**
     * An SMS provider that fails as often as told, can make the node "crash" on its n-th call, runs a hook while it
     * sends, and records what it delivered.
     */
    static class FlakySmsProvider implements NotificationProvider {

        final AtomicInteger failuresToCome = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger crashOnCall = new AtomicInteger();
        volatile Consumer<OutboxMessage> whileSending = message -> {};
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

        @Override
        public boolean supports(Channel channel) {
            return channel == Channel.SMS;
        }

        @Override
        public void send(OutboxMessage message) {
            whileSending.accept(message);
            if (calls.incrementAndGet() == crashOnCall.get()) {
                throw new Crash();
            }
            if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("provider down");
            }
            delivered.add(message.recipient());
            deliveries
                    .computeIfAbsent(message.recipient(), r -> new AtomicInteger())
                    .incrementAndGet();
        }
    }

    @TestConfiguration
    static class Providers {
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        FlakySmsProvider flakySmsProvider() {
            return new FlakySmsProvider();
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    FlakySmsProvider sms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TaskScheduler scheduler;

    @BeforeEach
    void deliverEverythingAlreadyDue() {
        dispatcher.deliverDue(Instant.now().plus(Duration.ofDays(400)));
        sms.delivered.clear();
        sms.deliveries.clear();
        sms.failuresToCome.set(0);
        sms.calls.set(0);
        sms.crashOnCall.set(0);
        sms.whileSending = message -> {};
    }

    private static NotificationRequested sms(String recipient) {
        return new NotificationRequested(
                Channel.SMS, recipient, Locale.ENGLISH, "shared.brand", "shared.saved", List.of());
    }

    @Test
    void aNotificationExistsOnlyIfItsTransactionCommits() {
        String kept = unique("01");
        String rolledBack = unique("02");
        transactions.executeWithoutResult(status -> events.publishEvent(sms(kept)));
        transactions.executeWithoutResult(status -> {
            events.publishEvent(sms(rolledBack));
            status.setRollbackOnly();
        });
        assertThat(rows(kept)).isEqualTo(1);
        assertThat(rows(rolledBack)).isZero();
    }

    @Test
    void theTextIsResolvedInTheRecipientsLanguage() {
        String recipient = unique("03");
        transactions.executeWithoutResult(status -> events.publishEvent(new NotificationRequested(
                Channel.SMS, recipient, Locale.FRENCH, "shared.brand", "shared.saved", List.of())));
        String body = jdbc.sql("select body from notification.outbox where recipient = ?")
                .param(recipient)
                .query(String.class)
                .single();
        assertThat(body).isEqualTo("Enregistré.");
    }

    @Test
    void aFailedDeliveryIsRetriedWithGrowingWaitsAndSentOnce() {
        String recipient = unique("04");
        transactions.executeWithoutResult(status -> events.publishEvent(sms(recipient)));
        sms.failuresToCome.set(2);
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MICROS);

        dispatcher.deliverDue(t0);
        assertThat(state(recipient)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(nextAttempt(recipient)).isEqualTo(t0.plusSeconds(10));

        dispatcher.deliverDue(t0.plusSeconds(5));
        assertThat(state(recipient)).containsEntry("attempts", 1);

        dispatcher.deliverDue(t0.plusSeconds(11));
        assertThat(state(recipient)).containsEntry("status", "PENDING").containsEntry("attempts", 2);
        assertThat(nextAttempt(recipient)).isEqualTo(t0.plusSeconds(11 + 20));

        dispatcher.deliverDue(t0.plusSeconds(40));
        assertThat(state(recipient)).containsEntry("status", "SENT").containsEntry("attempts", 3);
        dispatcher.deliverDue(t0.plusSeconds(4000));
        assertThat(sms.deliveries.get(recipient)).hasValue(1);
    }

    @Test
    void afterTooManyFailuresTheNotificationIsParkedShownToAdministratorsAndRetriedOnRequest() throws Exception {
        String recipient = unique("05");
        transactions.executeWithoutResult(status -> events.publishEvent(sms(recipient)));
        sms.failuresToCome.set(1000);
        Instant now = Instant.now();
        for (int i = 0; i < 14; i++) {
            now = now.plus(Duration.ofHours(2));
            dispatcher.deliverDue(now);
        }
        assertThat(state(recipient)).containsEntry("status", "PARKED").containsEntry("attempts", 12);
        assertThat(sms.delivered).doesNotContain(recipient);

        UUID id = id(recipient);
        String page = mvc.perform(get("/admin/notifications").with(user(fixtures.user("admin@taawun.test"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Element parked = Jsoup.parse(page).getElementById("parked");
        assertThat(parked).isNotNull();
        assertThat(parked.select("form[action=/admin/notifications/" + id + "/retry]"))
                .hasSize(1);

        sms.failuresToCome.set(0);
        mvc.perform(post("/admin/notifications/{id}/retry", id)
                        .with(csrf())
                        .with(user(fixtures.user("admin@taawun.test"))))
                .andExpect(status().is3xxRedirection());
        assertThat(state(recipient)).containsEntry("status", "PENDING");
        dispatcher.deliverDue(Instant.now().plusSeconds(1));
        assertThat(state(recipient)).containsEntry("status", "SENT");
        assertThat(sms.deliveries.get(recipient)).hasValue(1);
    }

    @Test
    void aNodeDyingHalfWayThroughABatchDoesNotSendTheMessagesItAlreadySentAgain() {
        List<String> recipients = List.of(unique("crash-1"), unique("crash-2"), unique("crash-3"));
        transactions.executeWithoutResult(status -> recipients.forEach(r -> events.publishEvent(sms(r))));
        sms.crashOnCall.set(3);
        Instant now = Instant.now().plusSeconds(1);

        assertThatThrownBy(() -> dispatcher.deliverDue(now)).isInstanceOf(Crash.class);
        assertThat(sms.delivered).hasSize(2);

        // Another node, once the dead node's claim has lapsed.
        dispatcher.deliverDue(now.plus(Duration.ofMinutes(11)));
        assertThat(recipients).allSatisfy(r -> {
            assertThat(sms.deliveries.get(r)).as(r).hasValue(1);
            assertThat(state(r)).containsEntry("status", "SENT");
        });
    }

    @Test
    void whileAProviderSendsNoTransactionIsOpenNoRowLockedAndTheClaimIsAlreadyCommitted() {
        String recipient = unique("unlocked");
        transactions.executeWithoutResult(status -> events.publishEvent(sms(recipient)));
        Instant now = Instant.now().plusSeconds(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        sms.whileSending = message -> {
            seen.add("transaction " + TransactionSynchronizationManager.isActualTransactionActive());
            // Another connection, as another node would: the row is not locked, it is claimed already, and that
            // other node does not send it.
            ExecutorService otherNode = Executors.newSingleThreadExecutor();
            try {
                seen.add(otherNode.submit(() -> lockAndRead(message.id())).get());
                seen.add("other node sends "
                        + otherNode.submit(() -> dispatcher.deliverDue(now)).get());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                otherNode.shutdown();
            }
        };
        dispatcher.deliverDue(now);
        assertThat(seen).containsExactly("transaction false", "1 true", "other node sends 0");
        assertThat(sms.deliveries.get(recipient)).hasValue(1);
    }

    @Test
    void scheduledWorkRunsOnAPoolOfSeveralThreads() throws Exception {
        assertThat(scheduler).isInstanceOf(ThreadPoolTaskScheduler.class);
        assertThat(((ThreadPoolTaskScheduler) scheduler).getPoolSize()).isGreaterThan(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch firstSawSecond = new CountDownLatch(1);
        scheduler.schedule(
                () -> {
                    try {
                        if (secondStarted.await(10, TimeUnit.SECONDS)) {
                            firstSawSecond.countDown();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                Instant.now());
        scheduler.schedule(secondStarted::countDown, Instant.now().plusMillis(50));
        assertThat(firstSawSecond.await(15, TimeUnit.SECONDS))
                .as("a task waiting for another does not stop it from running")
                .isTrue();
    }

    @Test
    void twoDispatchersAtOnceDeliverEachNotificationExactlyOnce() throws Exception {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 60; i++) {
                events.publishEvent(sms(unique("batch-" + i)));
            }
        });
        Instant now = Instant.now().plusSeconds(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(() -> dispatcher.deliverDue(now));
            Future<Integer> b = pool.submit(() -> dispatcher.deliverDue(now));
            assertThat(a.get() + b.get()).isEqualTo(60);
        } finally {
            pool.shutdown();
        }
        assertThat(sms.deliveries).hasSize(60);
        assertThat(sms.deliveries.values()).allMatch(count -> count.get() == 1);
    }

    /** A recipient no other test uses (the database is shared by the whole test run). */
    private static String unique(String name) {
        return "outbox-test-" + name + "-" + RUN;
    }

    private static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 8);

    private long rows(String recipient) {
        return jdbc.sql("select count(*) from notification.outbox where recipient = ?")
                .param(recipient)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> state(String recipient) {
        return jdbc.sql("select status, attempts from notification.outbox where recipient = ?")
                .param(recipient)
                .query()
                .singleRow();
    }

    /** Attempts and whether it is claimed, read with a row lock that fails at once if someone holds one. */
    private String lockAndRead(UUID id) {
        try {
            return transactions.execute(status -> jdbc.sql("select attempts || ' ' || (claimed_until is not null)"
                            + " from notification.outbox where id = ? for update nowait")
                    .param(id)
                    .query(String.class)
                    .single());
        } catch (RuntimeException locked) {
            return "locked";
        }
    }

    private UUID id(String recipient) {
        return jdbc.sql("select id from notification.outbox where recipient = ?")
                .param(recipient)
                .query(UUID.class)
                .single();
    }

    private Instant nextAttempt(String recipient) {
        return jdbc.sql("select next_attempt_at from notification.outbox where recipient = ?")
                .param(recipient)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }
}

package org.taawun.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.TaawunTest;
import org.taawun.notification.domain.NotificationProvider;
import org.taawun.notification.domain.OutboxDispatcher;
import org.taawun.notification.domain.OutboxMessage;

/**
 * The outbox: written in the transaction of the change (or not at all), delivered after, retried with growing waits
 * when the provider fails, never lost, never delivered twice, even by two dispatchers at once.
 */
@TaawunTest
class OutboxTest {

    /** An SMS provider that fails as often as told, and records what it delivered. */
    static class FlakySmsProvider implements NotificationProvider {

        final AtomicInteger failuresToCome = new AtomicInteger();
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

        @Override
        public boolean supports(Channel channel) {
            return channel == Channel.SMS;
        }

        @Override
        public void send(OutboxMessage message) {
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

    @BeforeEach
    void deliverEverythingAlreadyDue() {
        dispatcher.deliverDue(Instant.now().plus(Duration.ofDays(400)));
        sms.delivered.clear();
        sms.deliveries.clear();
        sms.failuresToCome.set(0);
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
    void afterTooManyFailuresTheNotificationIsKeptAsFailed() {
        String recipient = unique("05");
        transactions.executeWithoutResult(status -> events.publishEvent(sms(recipient)));
        sms.failuresToCome.set(1000);
        Instant now = Instant.now();
        for (int i = 0; i < 12; i++) {
            now = now.plus(Duration.ofHours(2));
            dispatcher.deliverDue(now);
        }
        assertThat(state(recipient)).containsEntry("status", "FAILED").containsEntry("attempts", 12);
        assertThat(sms.delivered).doesNotContain(recipient);
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

    private Instant nextAttempt(String recipient) {
        return jdbc.sql("select next_attempt_at from notification.outbox where recipient = ?")
                .param(recipient)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }
}

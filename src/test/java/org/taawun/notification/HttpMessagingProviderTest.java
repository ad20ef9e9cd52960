package org.taawun.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.notification.domain.OutboxDispatcher;

/**
 * SMS through an HTTP gateway (a local stub that fails once): retried, then delivered with the token, each attempt
 * with the same idempotency key.
 */
@SpringBootTest
@ActiveProfiles("test")
class HttpMessagingProviderTest {

    static final List<String> received = new CopyOnWriteArrayList<>();
    static final AtomicInteger calls = new AtomicInteger();
    static final List<String> keys = new CopyOnWriteArrayList<>();
    static HttpServer gateway;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/send", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            boolean fail = calls.incrementAndGet() == 1;
            if (!fail) {
                received.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
            }
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        gateway.start();
        registry.add(
                "taawun.notification.messaging.url",
                () -> "http://127.0.0.1:" + gateway.getAddress().getPort() + "/send");
        registry.add("taawun.notification.messaging.token", () -> "secret-token");
    }

    @AfterAll
    static void stop() {
        gateway.stop(0);
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void smsGoesThroughTheGatewayAfterARetry() {
        dispatcher.deliverDue(Instant.now().plusSeconds(86_400 * 400));
        calls.set(0);
        received.clear();
        keys.clear();
        transactions.executeWithoutResult(status -> events.publishEvent(new NotificationRequested(
                Channel.SMS, "+212699999999", Locale.FRENCH, "shared.brand", "shared.saved", List.of())));
        Instant now = Instant.now().plusSeconds(1);
        dispatcher.deliverDue(now);
        assertThat(received).isEmpty();
        dispatcher.deliverDue(now.plusSeconds(11));
        assertThat(received)
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .startsWith("Bearer secret-token")
                        .contains("\"to\":\"+212699999999\"")
                        .contains("\"channel\":\"SMS\"")
                        .contains("Enregistré."));
        String id = jdbc.sql("select id::text from notification.outbox where recipient = '+212699999999'"
                        + " order by created_at desc limit 1")
                .query(String.class)
                .single();
        assertThat(keys)
                .as("the same idempotency key on both attempts: the row's id")
                .containsExactly(id, id);
        assertThat(received.get(0)).contains("\"id\":\"" + id + "\"");
    }
}

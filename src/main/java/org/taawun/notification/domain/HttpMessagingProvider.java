package org.taawun.notification.domain;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.taawun.notification.Channel;

/**
 * SMS and WhatsApp through an HTTP gateway, on when {@code taawun.notification.messaging.url} is set: each message is
 * a {@code POST} of {@code {"id","channel","to","text"}} with a bearer token and an {@code Idempotency-Key} header.
 * Both {@code id} and the header are the outbox row's id, the same on every attempt of one message: a gateway that
 * honours them sends a message once even when it is posted again (after a lost answer or a crash). A non-2xx answer
 * or a network error is a failed attempt, retried by the outbox.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty("taawun.notification.messaging.url")
class HttpMessagingProvider implements NotificationProvider {

    private final RestClient http;

    HttpMessagingProvider(
            @Value("${taawun.notification.messaging.url}") String url,
            @Value("${taawun.notification.messaging.token:}") String token) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        RestClient.Builder configured =
                RestClient.builder().requestFactory(requests).baseUrl(url);
        if (!token.isBlank()) {
            configured = configured.defaultHeader("Authorization", "Bearer " + token);
        }
        this.http = configured.build();
    }

    @Override
    public boolean supports(Channel channel) {
        return channel == Channel.SMS || channel == Channel.WHATSAPP;
    }

    @Override
    public void send(OutboxMessage message) {
        http.post()
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", message.id().toString())
                .body(Map.of(
                        "id",
                        message.id().toString(),
                        "channel",
                        message.channel().name(),
                        "to",
                        message.recipient(),
                        "text",
                        message.body()))
                .retrieve()
                .toBodilessEntity();
    }
}

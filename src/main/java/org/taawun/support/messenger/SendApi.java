package org.taawun.support.messenger;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meta's Send API: {@code POST {graph-api-url}/me/messages?access_token=...}. Says whether a message went, may go on
 * a later attempt (network error, 429, 5xx), or was refused for good (another 4xx: the person blocked the page, the
 * window closed...). Neither the URL (it holds the token) nor the answer is ever logged.
 */
@Component
class SendApi {

    enum Outcome {
        SENT,
        RETRY,
        REFUSED
    }

    private final RestClient http;
    private final ObjectMapper json;
    private final MessengerProperties properties;

    SendApi(MessengerProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder()
                .requestFactory(requests)
                .baseUrl(properties.graphApiUrl())
                .build();
    }

    Outcome send(String recipient, String storedBody) {
        try {
            HttpStatusCode status = http.post()
                    .uri("/me/messages?access_token={token}", token())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(withRecipient(recipient, storedBody))
                    .exchange((request, response) -> response.getStatusCode(), true);
            return outcome(status);
        } catch (RestClientException | IllegalStateException e) {
            return Outcome.RETRY;
        }
    }

    private static Outcome outcome(HttpStatusCode status) {
        if (status.is2xxSuccessful()) {
            return Outcome.SENT;
        }
        return status.is5xxServerError() || status.value() == 429 ? Outcome.RETRY : Outcome.REFUSED;
    }

    private String withRecipient(String recipient, String storedBody) {
        ObjectNode body = json.createObjectNode();
        body.putObject("recipient").put("id", recipient);
        body.setAll((ObjectNode) json.readTree(storedBody));
        return json.writeValueAsString(body);
    }

    private String token() {
        return properties.pageAccessToken() == null ? "" : properties.pageAccessToken();
    }
}

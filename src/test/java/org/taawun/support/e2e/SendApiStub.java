package org.taawun.support.e2e;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local Send API that accepts every message and keeps the bodies, so that an end-to-end test reads exactly what
 * a person would have received on Messenger.
 */
final class SendApiStub {

    private final HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    SendApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v21.0/me/messages", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"message_id\":\"m\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v21.0";
    }

    /** The bodies sent to this recipient, oldest first. */
    List<String> sentTo(String recipient) {
        return bodies.stream()
                .filter(b -> recipient.equals(JsonPath.read(b, "$.recipient.id")))
                .toList();
    }

    /** Every recipient ever written to. */
    List<String> recipients() {
        return bodies.stream()
                .map(b -> JsonPath.<String>read(b, "$.recipient.id"))
                .toList();
    }
}

package org.taawun.support.messenger;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Meta's Send API: records every call and answers each recipient the statuses it is told to,
 * else 200.
 */
final class GraphApiStub {

    /** One call: the query string (with the access token) and the JSON body. */
    record Call(String query, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> statuses = new ConcurrentHashMap<>();
    private final Map<String, Runnable> during = new ConcurrentHashMap<>();
    private static final Pattern RECIPIENT = Pattern.compile("\"recipient\":\\{\"id\":\"([^\"]*)\"");

    GraphApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v21.0/me/messages", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(exchange.getRequestURI().getRawQuery(), body));
            Matcher to = RECIPIENT.matcher(body);
            Runnable hook = to.find() ? during.get(to.group(1)) : null;
            if (hook != null) {
                hook.run();
            }
            Integer status = statusFor(body);
            byte[] answer = "{\"message_id\":\"m\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v21.0";
    }

    /** The next calls to this recipient are answered with these statuses, in order. */
    void answer(String recipient, Integer... next) {
        statuses.computeIfAbsent(recipient, r -> new ConcurrentLinkedDeque<>()).addAll(List.of(next));
    }

    /** Runs this while answering each call to this recipient, before the answer is sent. */
    void during(String recipient, Runnable hook) {
        during.put(recipient, hook);
    }

    private Integer statusFor(String body) {
        Matcher recipient = RECIPIENT.matcher(body);
        Deque<Integer> next = recipient.find() ? statuses.get(recipient.group(1)) : null;
        return next == null ? null : next.poll();
    }

    /** The calls whose body names this recipient, in order. */
    List<Call> callsTo(String recipient) {
        return calls.stream()
                .filter(c -> c.body().contains("\"recipient\":{\"id\":\"" + recipient + "\"}"))
                .toList();
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simultaneous web conversations against a running Taawun: each conversation sends its messages one after the other
 * through POST /api/v1/support/chat, carrying the session it was given; all conversations start at once. Prints
 * key=value lines for bench/webchat.sh. Run: java bench/webchat-load.java BASE_URL CONVERSATIONS MESSAGES
 */
public class WebChatLoad {

    private static final Pattern SESSION = Pattern.compile("\"session\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"");
    private static final List<String> TEXTS = List.of(
            "salam", "bghit n3ref l7o9o9 dyali", "je veux porter plainte", "أين أجد مركز استماع؟", "menu");

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final URI chat;
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final AtomicLong lostSessions = new AtomicLong();

    WebChatLoad(String base) {
        this.chat = URI.create(base.replaceAll("/$", "") + "/api/v1/support/chat");
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int conversations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int messages = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        new WebChatLoad(base).run(conversations, messages);
    }

    void run(int conversations, int messages) {
        long start = System.nanoTime();
        List<CompletableFuture<String>> all = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            CompletableFuture<String> chain = CompletableFuture.completedFuture(null);
            for (int m = 0; m < messages; m++) {
                String text = TEXTS.get((c + m) % TEXTS.size());
                chain = chain.thenCompose(session -> send(session, text));
            }
            all.add(chain);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("conversations=%d%n", conversations);
        System.out.printf("messages_per_conversation=%d%n", messages);
        System.out.printf("requests=%d%n", sorted.size());
        System.out.printf("errors=%d%n", errorCount);
        System.out.printf("error_kinds=%s%n", errors.isEmpty() ? "none" : errors.toString().replace(' ', '_'));
        System.out.printf("lost_sessions=%d%n", lostSessions.get());
        System.out.printf("seconds=%.2f%n", seconds);
        System.out.printf("throughput=%.0f%n", sorted.size() / seconds);
        for (int p : new int[] {50, 95, 99}) {
            System.out.printf("p%d_ms=%.1f%n", p, percentile(sorted, p));
        }
        System.out.printf("max_ms=%.1f%n", sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private CompletableFuture<String> send(String session, String text) {
        String body = session == null
                ? "{\"text\":\"" + text + "\"}"
                : "{\"session\":\"" + session + "\",\"text\":\"" + text + "\"}";
        HttpRequest request = HttpRequest.newBuilder(chat)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "ar")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long sent = System.nanoTime();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    latencies.add(System.nanoTime() - sent);
                    if (failure != null) {
                        count(failure.getClass().getSimpleName());
                        return session;
                    }
                    if (response.statusCode() != 200) {
                        count("HTTP_" + response.statusCode());
                        return session;
                    }
                    Matcher matcher = SESSION.matcher(response.body());
                    String next = matcher.find() ? matcher.group(1) : null;
                    if (session != null && !session.equals(next)) {
                        lostSessions.incrementAndGet();
                    }
                    return next;
                });
    }

    private void count(String kind) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}

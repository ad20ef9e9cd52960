import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tills posting sales to a running Taawun, as the till page does: each sale has a UUID made on the till, one to three
 * lines of the shop's shelf items and a cash payment rounded up to the next 10 dirhams (change given). Each till posts
 * its sales one after the other (a till waits for an answer before the next sale); the tills run at once. Every 100th
 * sale is posted a second time with the same body (a retry after a lost answer): it must be answered 200 and change
 * nothing. Prints key=value lines for bench/till.sh.
 *
 * <pre>
 * java bench/till-load.java sales BASE SHOP_ID ITEMS_CSV TOKENS(comma-separated) SALES_PER_TILL
 * java bench/till-load.java offline BASE SHOP_ID ITEMS_CSV TOKEN SALES
 * </pre>
 *
 * ITEMS_CSV: lines "variantId,price". In "offline" mode one till sends SALES sales marked offline, made over the
 * last minute, one after the other as the till page does when the network comes back; the elapsed time is printed.
 */
public class TillLoad {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final URI sales;
    private final List<String[]> items;
    private final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final AtomicLong unitsSold = new AtomicLong();

    TillLoad(String base, String shopId, Path itemsCsv) throws Exception {
        this.sales = URI.create(base.replaceAll("/$", "") + "/api/v1/shops/" + shopId + "/sales");
        this.items = Files.readAllLines(itemsCsv).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.trim().split(","))
                .toList();
    }

    public static void main(String[] args) throws Exception {
        TillLoad load = new TillLoad(args[1], args[2], Path.of(args[3]));
        if (args[0].equals("offline")) {
            load.offline(args[4], Integer.parseInt(args[5]));
        } else {
            load.tills(Arrays.asList(args[4].split(",")), Integer.parseInt(args[5]));
        }
    }

    void tills(List<String> tokens, int salesPerTill) throws Exception {
        long[][] latencies = new long[tokens.size()][];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < tokens.size(); t++) {
            int till = t;
            Thread thread = new Thread(() -> latencies[till] = till(tokens.get(till), till, salesPerTill));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("requests=%d%n", all.length);
        System.out.printf("seconds=%.2f%n", seconds);
        System.out.printf("throughput=%.0f%n", all.length / seconds);
        System.out.printf("p50_ms=%.2f%n", percentile(all, 50));
        System.out.printf("p95_ms=%.2f%n", percentile(all, 95));
        System.out.printf("p99_ms=%.2f%n", percentile(all, 99));
        System.out.printf("max_ms=%.2f%n", all[all.length - 1] / 1e6);
        System.out.printf("units=%d%n", unitsSold.get());
        statuses.forEach((status, n) -> System.out.printf("status_%s=%d%n", status, n.get()));
    }

    private long[] till(String token, int till, int count) {
        SplittableRandom random = new SplittableRandom(1000 + till);
        long[] latencies = new long[count + count / 100];
        int n = 0;
        for (int i = 0; i < count; i++) {
            Sale sale = sale(random, Instant.now(), false);
            latencies[n++] = post(token, sale, true);
            if (i % 100 == 99) {
                latencies[n++] = post(token, sale, false);
            }
        }
        return Arrays.copyOf(latencies, n);
    }

    void offline(String token, int count) {
        SplittableRandom random = new SplittableRandom(42);
        // made one after the other over the last minute or so, after the till's session opened
        Instant first = Instant.now().minusMillis(count * 50L);
        List<Sale> queued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            queued.add(sale(random, first.plusMillis(i * 50L), true));
        }
        long start = System.nanoTime();
        for (Sale sale : queued) {
            post(token, sale, true);
        }
        System.out.printf("offline_sales=%d%n", count);
        System.out.printf("offline_seconds=%.2f%n", (System.nanoTime() - start) / 1e9);
        System.out.printf("units=%d%n", unitsSold.get());
        statuses.forEach((status, n) -> System.out.printf("status_%s=%d%n", status, n.get()));
    }

    private record Sale(String json, int units) {}

    private Sale sale(SplittableRandom random, Instant soldAt, boolean offline) {
        int lines = 1 + random.nextInt(3);
        BigDecimal total = BigDecimal.ZERO;
        StringBuilder body = new StringBuilder();
        body.append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"soldAt\":\"").append(soldAt)
                .append("\",\"offline\":").append(offline).append(",\"lines\":[");
        int units = 0;
        List<Integer> chosen = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            int index = random.nextInt(items.size());
            if (chosen.contains(index)) {
                continue;
            }
            chosen.add(index);
            String[] item = items.get(index);
            int quantity = 1 + random.nextInt(2);
            units += quantity;
            total = total.add(new BigDecimal(item[1]).multiply(BigDecimal.valueOf(quantity)));
            body.append(chosen.size() > 1 ? "," : "")
                    .append("{\"productId\":\"").append(item[0]).append("\",\"quantity\":").append(quantity)
                    .append('}');
        }
        BigDecimal tendered = total.divide(BigDecimal.TEN, 0, RoundingMode.CEILING).multiply(BigDecimal.TEN);
        body.append("],\"payments\":[{\"method\":\"CASH\",\"amount\":{\"amount\":\"")
                .append(tendered.setScale(2, RoundingMode.UNNECESSARY)).append("\",\"currency\":\"MAD\"}}]}");
        return new Sale(body.toString(), units);
    }

    /** Posts a sale and returns the latency in ns; counts statuses ("retry" ones separately) and the units sold. */
    private long post(String token, Sale sale, boolean first) {
        HttpRequest request = HttpRequest.newBuilder(sales)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "fr")
                .POST(HttpRequest.BodyPublishers.ofString(sale.json()))
                .build();
        long t0 = System.nanoTime();
        String status;
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            status = Integer.toString(response.statusCode());
            if (first && response.statusCode() == 201) {
                unitsSold.addAndGet(sale.units());
            }
            if (response.statusCode() >= 400 && statuses.getOrDefault("error_shown", new AtomicLong()).get() == 0) {
                statuses.computeIfAbsent("error_shown", k -> new AtomicLong()).incrementAndGet();
                System.err.println("first refusal: " + response.statusCode() + " " + response.body());
            }
        } catch (Exception e) {
            status = "exception";
        }
        long elapsed = System.nanoTime() - t0;
        statuses.computeIfAbsent((first ? "" : "retry_") + status, k -> new AtomicLong()).incrementAndGet();
        return elapsed;
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}

// Load generator for the Messenger webhook (bench/messenger.sh runs it; Java 17, no dependencies):
//   java bench/messenger-load.java URL SECRET RATE SECONDS WARMUP_SECONDS STUB_PORT
//   java bench/messenger-load.java --wrk-script FILE SECRET COUNT   (writes a wrk Lua script of COUNT signed bodies)
// Sends RATE signed webhook calls per second (open model: each call is due at its planned instant whatever the
// answers before it, and its latency counts from that instant, so a stall is not hidden), over 32 kept-alive
// HTTP/1.1 connections written on plain sockets (light on the CPU the application shares). Every call holds one
// text message from one of 1,000 senders with a new message id, signed with HMAC-SHA256 of the body keyed with
// SECRET like Meta's X-Hub-Signature-256. Also serves a stub Send API on STUB_PORT (answers 200, counts calls), so
// the application's replies go nowhere real. Prints "key value" lines for the script to read.

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

class MessengerLoad {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--wrk-script")) {
            writeWrkScript(args[1], args[2].getBytes(StandardCharsets.UTF_8), Integer.parseInt(args[3]));
            return;
        }
        URI url = URI.create(args[0]);
        byte[] secret = args[1].getBytes(StandardCharsets.UTF_8);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int stubPort = Integer.parseInt(args[5]);

        AtomicInteger sendApiCalls = new AtomicInteger();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", stubPort), 0);
        stub.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            sendApiCalls.incrementAndGet();
            byte[] answer = "{\"message_id\":\"m\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        stub.setExecutor(Executors.newFixedThreadPool(4));
        stub.start();

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));

        if (warmup > 0) {
            run(mac, url, rate, warmup, "warm");
        }
        int callsBefore = sendApiCalls.get();
        Result result = run(mac, url, rate, seconds, "run");
        Thread.sleep(3000); // replies still being sent
        stub.stop(0);

        long[] sorted = result.latencies.clone();
        Arrays.sort(sorted);
        System.out.println("requests " + sorted.length);
        System.out.printf("achieved_rate %.1f%n", sorted.length / result.seconds);
        System.out.println("statuses " + result.statuses);
        System.out.println("errors " + result.errors.get());
        System.out.printf("p50 %.2f%n", percentile(sorted, 50));
        System.out.printf("p90 %.2f%n", percentile(sorted, 90));
        System.out.printf("p99 %.2f%n", percentile(sorted, 99));
        System.out.printf("max %.2f%n", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.out.println("send_api_calls " + (sendApiCalls.get() - callsBefore));
        System.exit(0);
    }

    record Result(long[] latencies, Map<Integer, Integer> statuses, AtomicInteger errors, double seconds) {}

    static final int CONNECTIONS = 32;

    /**
     * Sends {@code rate * seconds} calls at their planned instants over {@code CONNECTIONS} kept-alive connections
     * (plain HTTP/1.1 on sockets: light on the CPU that the application shares). A call waits for a free connection
     * when all are busy, and that wait counts in its latency.
     */
    static Result run(Mac mac, URI url, int rate, int seconds, String tag) throws Exception {
        int total = rate * seconds;
        // Requests and signatures are made before the clock starts, so the generator spends little CPU while measuring.
        byte[][] requests = new byte[total][];
        for (int i = 0; i < total; i++) {
            byte[] body = body(tag, i);
            String head = "POST " + url.getRawPath() + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nContent-Type: application/json\r\nX-Hub-Signature-256: sha256="
                    + HexFormat.of().formatHex(mac.doFinal(body)) + "\r\nContent-Length: " + body.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            requests[i] = Arrays.copyOf(headBytes, headBytes.length + body.length);
            System.arraycopy(body, 0, requests[i], headBytes.length, body.length);
        }
        long[] latencies = new long[total];
        Map<Integer, Integer> statuses = new TreeMap<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        Thread[] senders = new Thread[CONNECTIONS];
        for (int c = 0; c < CONNECTIONS; c++) {
            senders[c] = new Thread(() -> {
                Connection connection = null;
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long planned = start + i * interval;
                    long wait = planned - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    int status;
                    try {
                        if (connection == null) {
                            connection = new Connection(url);
                        }
                        status = connection.exchange(requests[i]);
                        if (!connection.reusable) {
                            connection.close();
                            connection = null;
                        }
                    } catch (Exception e) {
                        status = -1;
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                    latencies[i] = System.nanoTime() - planned;
                    synchronized (statuses) {
                        if (status < 0) {
                            errors.incrementAndGet();
                        } else {
                            statuses.merge(status, 1, Integer::sum);
                        }
                    }
                }
                if (connection != null) {
                    connection.close();
                }
            });
            senders[c].start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        return new Result(latencies, statuses, errors, (System.nanoTime() - start) / 1e9);
    }

    /** One kept-alive HTTP/1.1 connection: writes a request, reads the status and the body it announces. */
    static final class Connection {

        private final java.net.Socket socket;
        private final java.io.BufferedInputStream in;
        private final java.io.OutputStream out;
        boolean reusable = true;

        Connection(URI url) throws java.io.IOException {
            socket = new java.net.Socket(url.getHost(), url.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            in = new java.io.BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws java.io.IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = 0;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                    in.skipNBytes(size);
                    line();
                }
                line();
            } else {
                in.skipNBytes(length);
            }
            reusable = !close;
            return status;
        }

        private String line() throws java.io.IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new java.io.EOFException();
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (java.io.IOException ignored) {
                // closing anyway
            }
        }
    }

    /** A wrk script that posts the bodies in turn, each with its signature (wrk's Lua cannot compute an HMAC). */
    static void writeWrkScript(String file, byte[] secret, int count) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        StringBuilder lua = new StringBuilder("local bodies = {}\nlocal signatures = {}\n");
        for (int i = 0; i < count; i++) {
            if (i % 1000 == 0) {
                // One function per thousand bodies: Lua limits the constants of one function.
                lua.append(i == 0 ? "" : "end)()\n").append(";(function()\n");
            }
            byte[] body = body("wrk", i);
            lua.append("bodies[").append(i + 1).append("] = [==[")
                    .append(new String(body, StandardCharsets.UTF_8))
                    .append("]==]\nsignatures[")
                    .append(i + 1)
                    .append("] = \"sha256=")
                    .append(HexFormat.of().formatHex(mac.doFinal(body)))
                    .append("\"\n");
        }
        lua.append(count > 0 ? "end)()\n" : "").append("local i = 0\n")
                .append("request = function()\n")
                .append("  i = i % #bodies + 1\n")
                .append("  return wrk.format(\"POST\", nil, {[\"Content-Type\"] = \"application/json\",")
                .append(" [\"X-Hub-Signature-256\"] = signatures[i]}, bodies[i])\n")
                .append("end\n");
        java.nio.file.Files.writeString(java.nio.file.Path.of(file), lua);
    }

    static byte[] body(String tag, int i) {
        String sender = "bench-" + (i % 1000);
        String json = "{\"object\":\"page\",\"entry\":[{\"id\":\"PAGE\",\"time\":" + System.currentTimeMillis()
                + ",\"messaging\":[{\"sender\":{\"id\":\"" + sender + "\"},\"recipient\":{\"id\":\"PAGE\"},"
                + "\"timestamp\":" + System.currentTimeMillis() + ",\"message\":{\"mid\":\"m_" + tag + "_" + i + "_"
                + System.nanoTime() + "\",\"text\":\"salam, bghit n3ref l7o9o9 dyali " + i + "\"}}]}]}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}

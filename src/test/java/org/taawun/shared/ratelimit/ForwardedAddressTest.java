package org.taawun.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over a real port (Tomcat's RemoteIpValve): X-Forwarded-For names the client only when the connection comes from a
 * trusted proxy (here 127.0.0.1); a forged one from any other address (127.0.0.2) is ignored.
 */
@RateLimitedTest
class ForwardedAddressTest {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    @LocalServerPort
    int port;

    @Test
    void behindTheTrustedProxyEachForwardedClientHasItsOwnLimit() throws Exception {
        String client = "203.0.113." + NEXT.getAndIncrement();
        for (int i = 0; i < 3; i++) {
            assertThat(chat("127.0.0.1", client)).isEqualTo(200);
        }
        assertThat(chat("127.0.0.1", client)).isEqualTo(429);
        assertThat(chat("127.0.0.1", "203.0.113.200")).isEqualTo(200);
    }

    @Test
    void aForgedForwardedHeaderFromAnUntrustedAddressIsIgnored() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(chat("127.0.0.2", "192.0.2." + NEXT.getAndIncrement())).isEqualTo(200);
        }
        assertThat(chat("127.0.0.2", "192.0.2." + NEXT.getAndIncrement())).isEqualTo(429);
    }

    /** A chat message sent over a connection from {@code from} with {@code X-Forwarded-For: client}; the status. */
    private int chat(String from, String client) throws IOException {
        byte[] body = "{\"text\":\"salam\"}".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            OutputStream out = socket.getOutputStream();
            String head = "POST /api/v1/support/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + client + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}

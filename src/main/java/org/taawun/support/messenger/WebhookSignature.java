package org.taawun.support.messenger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Tells Meta's webhook calls from forgeries: {@code X-Hub-Signature-256} must be {@code sha256=} and the hex
 * HMAC-SHA256 of the raw body keyed with the app secret. The comparison takes the same time whatever the first
 * differing byte, so the signature cannot be guessed byte by byte.
 */
@Component
class WebhookSignature {

    private static final String PREFIX = "sha256=";

    private final MessengerProperties properties;

    WebhookSignature(MessengerProperties properties) {
        this.properties = properties;
    }

    boolean isValid(byte[] body, String header) {
        if (header == null || !header.startsWith(PREFIX) || !properties.enabled()) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        byte[] expected = Hmac.sha256(properties.appSecret().getBytes(StandardCharsets.UTF_8), body);
        return MessageDigest.isEqual(expected, given);
    }
}

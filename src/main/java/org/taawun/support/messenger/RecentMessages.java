package org.taawun.support.messenger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The message ids seen in the last 24 hours, so that an event Meta delivers twice (it retries when unsure) is handled
 * once. Only a SHA-256 hash of each id is kept, in memory, bounded in size.
 */
@Component
class RecentMessages {

    private final Cache<String, Boolean> seen = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(24))
            .maximumSize(500_000)
            .build();

    /** True the first time a message id is seen (or when there is none), false for a repeat. */
    boolean firstTime(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return true;
        }
        return seen.asMap().putIfAbsent(hash(messageId), Boolean.TRUE) == null;
    }

    private static String hash(String messageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

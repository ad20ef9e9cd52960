package org.taawun.support.web.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;

/**
 * The web conversations' transcripts, in memory only: each is erased after {@code idle} without a message, a view or
 * a poll, and the oldest go first when there are more than {@code capacity}. Nothing reaches the disk, so a restart
 * erases them all.
 */
final class Transcripts {

    private final Cache<String, Transcript> cache;
    private final int keep;

    /**
     * @param keep how many of the last bubbles a conversation shows
     */
    Transcripts(Duration idle, long capacity, int keep, Ticker ticker) {
        this.keep = keep;
        this.cache = Caffeine.newBuilder()
                .expireAfterAccess(idle)
                .maximumSize(capacity)
                .ticker(ticker)
                .build();
    }

    Optional<Transcript> find(String token) {
        if (!ConversationTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.getIfPresent(token));
    }

    void erase(String token) {
        if (ConversationTokens.isWellFormed(token)) {
            cache.invalidate(token);
        }
    }

    Transcript start(String language) {
        Transcript transcript = new Transcript(ConversationTokens.next(), language, keep);
        cache.put(transcript.token(), transcript);
        return transcript;
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}

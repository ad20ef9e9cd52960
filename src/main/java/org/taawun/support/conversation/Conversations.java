package org.taawun.support.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import org.taawun.support.chat.ConversationKey;

/**
 * The conversations in progress, in memory only: a conversation that has been idle for {@code idle} (30 minutes by
 * default) is gone, with everything she chose; nothing is ever written to disk. The {@link Ticker} is the clock of
 * the conversations (expiry and the timeouts of waits); tests give a fake one.
 */
public final class Conversations {

    static final long MAXIMUM = 200_000;

    private final Cache<ConversationKey, Conversation> cache;
    private final Ticker ticker;

    public Conversations(Duration idle, Ticker ticker) {
        this.ticker = ticker;
        this.cache = Caffeine.newBuilder()
                .expireAfterAccess(idle)
                .maximumSize(MAXIMUM)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    Optional<Conversation> find(ConversationKey key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    /** The conversation of the key: the one in progress, else {@code fresh}, which then starts. */
    Conversation findOrStart(ConversationKey key, Conversation fresh) {
        return cache.asMap().merge(key, fresh, (current, unused) -> current);
    }

    /** Forgets the conversation at once (the quick exit). */
    void forget(ConversationKey key) {
        cache.invalidate(key);
    }

    /** Now, on the conversations' clock (nanoseconds, only differences count). */
    long now() {
        return ticker.read();
    }

    /** How many conversations are in memory (after the expired ones are gone). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }
}

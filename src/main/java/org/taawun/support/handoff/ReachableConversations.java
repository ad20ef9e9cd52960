package org.taawun.support.handoff;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.taawun.support.chat.ConversationKey;

/**
 * The conversation keys of the open hand-offs, in memory only: the database holds their keyed hashes, but a
 * counsellor's reply must name the conversation itself for the channel to deliver it. The map is not shared between
 * nodes and empties at a restart; a key comes back as soon as the person writes again (a web visitor's session does
 * not survive a restart anyway).
 */
@Component
class ReachableConversations {

    private final Map<String, ConversationKey> keys = new ConcurrentHashMap<>();

    void remember(String hash, ConversationKey key) {
        keys.put(hash, key);
    }

    Optional<ConversationKey> keyOf(String hash) {
        return Optional.ofNullable(keys.get(hash));
    }

    void forget(String hash) {
        keys.remove(hash);
    }

    /** Forgets every key but those of the open hand-offs (closed or erased on another node meanwhile). */
    void keepOnly(Set<String> openHashes) {
        keys.keySet().retainAll(openHashes);
    }
}

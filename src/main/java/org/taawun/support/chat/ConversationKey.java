package org.taawun.support.chat;

import java.util.Objects;

/**
 * Names one conversation without naming the person: on the web a random session token, on Messenger a keyed hash of
 * the sender id (never the sender id itself).
 */
public record ConversationKey(ChatChannel channel, String id) {

    public ConversationKey {
        Objects.requireNonNull(channel);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A conversation key needs an id");
        }
    }

    @Override
    public String toString() {
        // Never the id in logs.
        return "ConversationKey[" + channel + "]";
    }
}

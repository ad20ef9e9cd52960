package org.taawun.support.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.taawun.support.chat.ChatStep;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/**
 * The counsellors' queue as the engine's tests need it: it opens a hand-off when asked, remembers what the person
 * wrote while it is open, and is closed by the test. The real queue is {@code support.handoff}'s.
 */
class RecordingHandoffs implements Handoffs {

    final Map<ConversationKey, List<String>> written = new ConcurrentHashMap<>();
    final Map<ConversationKey, Boolean> dangerOf = new ConcurrentHashMap<>();
    final Map<ConversationKey, String> topicOf = new ConcurrentHashMap<>();
    final Map<ConversationKey, List<ChatStep>> before = new ConcurrentHashMap<>();
    final Set<ConversationKey> acknowledged = ConcurrentHashMap.newKeySet();
    final Set<ConversationKey> taken = ConcurrentHashMap.newKeySet();
    final Set<ConversationKey> erased = ConcurrentHashMap.newKeySet();

    @Override
    public String request(ConversationKey key, String language, String topic, boolean danger, List<ChatStep> steps) {
        if (written.putIfAbsent(key, new ArrayList<>()) == null) {
            before.put(key, List.copyOf(steps));
        }
        dangerOf.put(key, danger);
        if (topic != null) {
            topicOf.put(key, topic);
        }
        return "handle-" + Integer.toHexString(key.hashCode());
    }

    @Override
    public boolean isOpen(ConversationKey key) {
        return written.containsKey(key);
    }

    @Override
    public boolean personWrote(ConversationKey key, String text) {
        written.computeIfPresent(key, (k, texts) -> {
            texts.add(text);
            return texts;
        });
        return isOpen(key) && !taken.contains(key) && acknowledged.add(key);
    }

    @Override
    public boolean claimJoinedNotice(ConversationKey key) {
        return false;
    }

    @Override
    public void erase(ConversationKey key) {
        close(key);
        erased.add(key);
    }

    @Override
    public Optional<String> handleOf(ConversationKey key) {
        return isOpen(key) ? Optional.of("handle-" + Integer.toHexString(key.hashCode())) : Optional.empty();
    }

    void close(ConversationKey key) {
        written.remove(key);
        before.remove(key);
        acknowledged.remove(key);
        taken.remove(key);
    }
}

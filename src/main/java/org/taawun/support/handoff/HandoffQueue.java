package org.taawun.support.handoff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.support.chat.ChatStep;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/**
 * The engine's side of the hand-off: a person who asks for a counsellor joins the queue under a random handle, with
 * what she chose and wrote before (the conversation's last steps), and what she writes while her hand-off is open is
 * kept for the counsellor (and nothing else is). Every call also remembers her conversation key in memory, so that a
 * counsellor's reply can reach her.
 */
@Component
class HandoffQueue implements Handoffs {

    /** Longer messages are cut: Messenger itself carries at most 2,000 characters, the web chat no more. */
    static final int MAX_PERSON_TEXT = 4_000;

    private static final Set<String> LANGUAGES = Set.of("ar", "fr", "en");
    private static final int HANDLE_ATTEMPTS = 20;
    /** The conversation's last steps kept for the counsellor (the engine keeps no more). */
    static final int MAX_CONTEXT = 20;

    private final HandoffStore store;
    private final ConversationHasher hasher;
    private final ReachableConversations reachable;
    private final SupportStatistics statistics;
    private final Clock clock;

    HandoffQueue(
            HandoffStore store,
            ConversationHasher hasher,
            ReachableConversations reachable,
            SupportStatistics statistics,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.hasher = hasher;
        this.reachable = reachable;
        this.statistics = statistics;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional
    public String request(ConversationKey key, String language, String topic, boolean danger, List<ChatStep> before) {
        String hash = remember(key);
        String lang = language(language);
        String cleanTopic = SupportStatistics.topic(topic);
        for (int attempt = 0; attempt < HANDLE_ATTEMPTS; attempt++) {
            Optional<HandoffRow> open = store.open(hash);
            if (open.isPresent()) {
                if (danger && !open.get().danger()) {
                    store.raiseDanger(open.get().id());
                }
                return open.get().handle();
            }
            HandoffRow row = new HandoffRow(
                    UUID.randomUUID(),
                    Handles.next(),
                    hash,
                    key.channel(),
                    lang,
                    cleanTopic,
                    danger,
                    null,
                    null,
                    null,
                    null);
            if (store.insert(row, clock.instant())) {
                store.addContext(row.id(), context(before), clock.instant());
                statistics.handoffRequested(key.channel(), lang, cleanTopic);
                return row.handle();
            }
        }
        throw new IllegalStateException("no free hand-off handle after " + HANDLE_ATTEMPTS + " attempts");
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOpen(ConversationKey key) {
        return openOne(key).isPresent();
    }

    @Override
    @Transactional
    public boolean personWrote(ConversationKey key, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String body = cut(text);
        return openOne(key)
                .filter(row -> store.addMessage(row.id(), HandoffLine.Author.PERSON, body, clock.instant()))
                .map(row -> store.claimOnce(row.id(), HandoffStore.Flag.ACKNOWLEDGED))
                .orElse(false);
    }

    @Override
    @Transactional
    public boolean claimJoinedNotice(ConversationKey key) {
        return openOne(key)
                .map(row -> store.claimOnce(row.id(), HandoffStore.Flag.JOINED_TOLD))
                .orElse(false);
    }

    @Override
    @Transactional
    public void erase(ConversationKey key) {
        String hash = hasher.hash(key);
        store.open(hash).ifPresent(row -> store.closeAndErase(row.id(), clock.instant()));
        reachable.forget(hash);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> handleOf(ConversationKey key) {
        return openOne(key).map(HandoffRow::handle);
    }

    /** Her last steps, each cut like a message, her words as hers and her taps as choices. */
    private static List<HandoffLine> context(List<ChatStep> before) {
        return before.subList(Math.max(0, before.size() - MAX_CONTEXT), before.size()).stream()
                .filter(step -> step.text() != null && !step.text().isBlank())
                .map(step -> new HandoffLine(
                        step.kind() == ChatStep.Kind.CHOSE ? HandoffLine.Author.CHOICE : HandoffLine.Author.PERSON,
                        cut(step.text()),
                        null,
                        true))
                .toList();
    }

    private static String cut(String text) {
        String kept = text.strip();
        return kept.length() > MAX_PERSON_TEXT ? kept.substring(0, MAX_PERSON_TEXT) : kept;
    }

    private Optional<HandoffRow> openOne(ConversationKey key) {
        String hash = hasher.hash(key);
        Optional<HandoffRow> open = store.open(hash);
        open.ifPresent(row -> reachable.remember(hash, key));
        return open;
    }

    private String remember(ConversationKey key) {
        String hash = hasher.hash(key);
        reachable.remember(hash, key);
        return hash;
    }

    static String language(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "ar";
    }
}

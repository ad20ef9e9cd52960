package org.taawun.support.chat;

import java.util.List;
import java.util.Optional;

/**
 * The queue of conversations handed to a human counsellor. The engine calls it when a person asks for a counsellor
 * and, while her hand-off is open, with everything she writes; counsellors work on it from {@code /support/console}.
 * Their replies come to the person as {@link ChatPushed} events, the end of a hand-off as {@link HandoffClosed}.
 */
public interface Handoffs {

    /**
     * Puts the conversation in the queue (or keeps the open hand-off it already has).
     *
     * @param topic the topic she was on (an intent name such as {@code LEGAL_AID}), or null
     * @param danger whether the hand-off follows a danger alarm (shown first in the queue)
     * @return the random handle that counsellors see instead of any name
     */
    default String request(ConversationKey key, String language, String topic, boolean danger) {
        return request(key, language, topic, danger, List.of());
    }

    /**
     * The same, with what she chose and wrote in the conversation before she asked, shown to the counsellor who takes
     * it (kept with the hand-off only when it is new, under the hand-off's rules).
     */
    String request(ConversationKey key, String language, String topic, boolean danger, List<ChatStep> before);

    /** Whether the conversation has a hand-off waiting for a counsellor or taken by one. */
    boolean isOpen(ConversationKey key);

    /**
     * Keeps what she wrote for the counsellor (only while the hand-off is open).
     *
     * @return true once per hand-off: for her first message while she still waits, which the bot acknowledges; false
     *     for every other message (the bot stays quiet while the counsellor is there)
     */
    boolean personWrote(ConversationKey key, String text);

    /**
     * Whether she is still to be told that a counsellor has joined; true once per hand-off (whoever asks first: the
     * console when it takes the conversation, or the engine at her next message), false afterwards.
     */
    boolean claimJoinedNotice(ConversationKey key);

    /**
     * She left by the quick exit: her open hand-off is closed at once and everything it kept of her (what she wrote,
     * what she chose before) is erased now, not after the retention.
     */
    void erase(ConversationKey key);

    /** The handle of the open hand-off, if any. */
    Optional<String> handleOf(ConversationKey key);
}

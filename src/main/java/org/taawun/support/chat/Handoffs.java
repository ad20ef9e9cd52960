package org.taawun.support.chat;

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
    String request(ConversationKey key, String language, String topic, boolean danger);

    /** Whether the conversation has a hand-off waiting for a counsellor or taken by one. */
    boolean isOpen(ConversationKey key);

    /** Keeps what she wrote for the counsellor (only while the hand-off is open). */
    void personWrote(ConversationKey key, String text);

    /** The handle of the open hand-off, if any. */
    Optional<String> handleOf(ConversationKey key);
}

package org.taawun.support.chat;

/** A counsellor took the hand-off: the person is told (once) that she has joined, in her language. */
public record HandoffTaken(ConversationKey key, String language) {}

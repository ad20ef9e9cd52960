package org.taawun.support.chat;

/** A counsellor closed a hand-off: the bot takes the conversation back. */
public record HandoffClosed(ConversationKey key, String language) {}

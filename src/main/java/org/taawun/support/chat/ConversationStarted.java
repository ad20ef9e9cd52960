package org.taawun.support.chat;

/**
 * A new conversation began, for the aggregate statistics only: nothing identifies the person.
 *
 * @param language {@code ar}, {@code fr} or {@code en}
 */
public record ConversationStarted(ChatChannel channel, String language) {}

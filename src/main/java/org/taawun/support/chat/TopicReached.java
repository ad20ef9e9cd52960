package org.taawun.support.chat;

/**
 * A conversation reached a topic (an {@link org.taawun.support.Intent} name such as {@code LEGAL_AID}, or {@code
 * DANGER_NOW} when the alarm was raised), for the aggregate statistics only: nothing identifies the person.
 *
 * @param regionCode the region she picked from the list, or null when she picked none
 */
public record TopicReached(ChatChannel channel, String language, String topic, String regionCode) {}

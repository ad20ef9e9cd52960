package org.taawun.support.chat;

/**
 * One thing the person did in her conversation, kept (in memory, with the conversation) so that a counsellor she asks
 * for sees what she chose and wrote before: the title of a quick reply she tapped, or her own words.
 */
public record ChatStep(Kind kind, String text) {

    public enum Kind {
        /** She tapped a quick reply; {@code text} is its title as she saw it. */
        CHOSE,
        /** She wrote {@code text}. */
        WROTE
    }
}

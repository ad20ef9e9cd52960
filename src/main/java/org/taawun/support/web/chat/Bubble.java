package org.taawun.support.web.chat;

/**
 * One message shown in the web conversation, numbered in the order it arrived so that a poll can ask only for what
 * came after the last one it has.
 *
 * @param seq the position in the conversation, from 1
 */
record Bubble(int seq, Speaker speaker, String text) {

    /** Who wrote a bubble; the page gives each its own side and colour. */
    enum Speaker {
        PERSON,
        BOT,
        COUNSELLOR;

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

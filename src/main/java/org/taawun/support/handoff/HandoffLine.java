package org.taawun.support.handoff;

import java.time.Instant;

/**
 * One message of a hand-off, as the counsellor reads it: who wrote, what, when.
 *
 * @param beforeRequest a line from the conversation before she asked for a counsellor (what she chose or wrote)
 */
public record HandoffLine(Author author, String text, Instant writtenAt, boolean beforeRequest) {

    public enum Author {
        PERSON,
        COUNSELLOR,
        /** The title of a quick reply she tapped before she asked for a counsellor. */
        CHOICE
    }

    public HandoffLine(Author author, String text, Instant writtenAt) {
        this(author, text, writtenAt, false);
    }

    public boolean fromPerson() {
        return author == Author.PERSON;
    }

    public boolean chosen() {
        return author == Author.CHOICE;
    }
}

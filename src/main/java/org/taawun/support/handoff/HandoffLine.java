package org.taawun.support.handoff;

import java.time.Instant;

/** One message of a hand-off, as the counsellor reads it: who wrote, what, when. */
public record HandoffLine(Author author, String text, Instant writtenAt) {

    public enum Author {
        PERSON,
        COUNSELLOR
    }

    public boolean fromPerson() {
        return author == Author.PERSON;
    }
}

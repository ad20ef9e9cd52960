package org.taawun.support.conversation;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a waiting node waits for her answer: when she writes only {@link #after} (an ISO-8601 duration such as
 * {@code PT10M}), her message is not routed; the conversation goes to {@link #exit} instead (the safety check: a
 * person who was interrupted may no longer be alone).
 */
public record Timeout(String after, String exit) {

    public Optional<Duration> duration() {
        try {
            return after == null ? Optional.empty() : Optional.of(Duration.parse(after));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package org.taawun.settlement.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;

/**
 * The bookings not done: the publications of Spring Modulith's event publication registry addressed to settlement's
 * listeners that did not complete (the listener failed, or is still running), read-only, for the administrator.
 * They are delivered again at the next start (spring.modulith.republish-outstanding-events-on-restart). Only the
 * columns every version of the registry's schema has are read.
 */
@Service
public class FailedBookings {

    /** One booking not done: the event's type, its text (ids and amounts only), when it was published. */
    public record Pending(String eventType, String event, Instant publishedAt, boolean olderThanAMinute) {}

    private static final int LIMIT = 200;

    private final AccessGuard guard;
    private final JdbcClient jdbc;

    FailedBookings(AccessGuard guard, JdbcClient jdbc) {
        this.guard = guard;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Pending> pending() {
        guard.requireAdmin();
        Instant minuteAgo = Instant.now().minusSeconds(60);
        return jdbc.sql("select event_type, serialized_event, publication_date from event_publication"
                        + " where completion_date is null and listener_id like ? order by publication_date limit ?")
                .params(Bookings.class.getName() + "%", LIMIT)
                .query((rs, i) -> {
                    String type = rs.getString(1);
                    Instant published = rs.getTimestamp(3).toInstant();
                    return new Pending(
                            type.substring(type.lastIndexOf('.') + 1),
                            rs.getString(2),
                            published,
                            published.isBefore(minuteAgo));
                })
                .list();
    }
}

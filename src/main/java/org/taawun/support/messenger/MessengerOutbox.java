package org.taawun.support.messenger;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code support.messenger_outbox}. Claiming takes, per recipient, only her oldest waiting reply, marks it
 * with a lease in a statement of its own ({@code FOR UPDATE SKIP LOCKED}), so that the Send API is called with no
 * lock held: several nodes never send one row at once, and her replies arrive in order.
 */
@Repository
class MessengerOutbox {

    /** A reply claimed for sending. */
    record Pending(long id, String recipient, String body, int attempts) {

        @Override
        public String toString() {
            return "Pending[" + id + "]";
        }
    }

    private final JdbcClient jdbc;

    MessengerOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String recipient, String body, Instant now) {
        jdbc.sql("insert into support.messenger_outbox (recipient, body, attempts, next_attempt_at, created_at)"
                        + " values (?, ?, 0, ?, ?)")
                .params(recipient, body, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /**
     * Claims up to {@code limit} due replies, each the oldest of its recipient, for {@code lease}, and counts an attempt
     * for each, in one statement that commits on its own ({@code FOR UPDATE SKIP LOCKED}: two nodes never claim one
     * row). A recipient's next reply is not due while an earlier one is still there, claimed or not. Oldest first.
     */
    List<Pending> claimDue(Instant now, Duration lease, int limit) {
        return jdbc
                .sql("update support.messenger_outbox o set claimed_until = :until, attempts = o.attempts + 1"
                        + " where o.id in (select c.id from support.messenger_outbox c where c.next_attempt_at <= :now"
                        + " and (c.claimed_until is null or c.claimed_until <= :now) and not exists (select 1"
                        + " from support.messenger_outbox earlier where earlier.recipient = c.recipient"
                        + " and earlier.id < c.id) order by c.id limit :limit for update skip locked)"
                        + " returning o.id, o.recipient, o.body, o.attempts")
                .param("until", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, i) -> new Pending(
                        rs.getLong("id"), rs.getString("recipient"), rs.getString("body"), rs.getInt("attempts")))
                .list()
                .stream()
                .sorted(Comparator.comparingLong(Pending::id))
                .toList();
    }

    void delete(long id) {
        jdbc.sql("delete from support.messenger_outbox where id = ?").param(id).update();
    }

    void retryAt(long id, Instant nextAttempt) {
        jdbc.sql("update support.messenger_outbox set next_attempt_at = ?, claimed_until = null where id = ?")
                .params(Timestamp.from(nextAttempt), id)
                .update();
    }
}

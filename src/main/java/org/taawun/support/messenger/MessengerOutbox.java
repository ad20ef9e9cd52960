package org.taawun.support.messenger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code support.messenger_outbox}. Claiming takes, per recipient, only her oldest waiting reply, with
 * {@code FOR UPDATE SKIP LOCKED}: several nodes never send one row twice, and her replies arrive in order.
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

    /** Locks up to {@code limit} due replies, each the oldest of its recipient, for the caller's transaction. */
    List<Pending> claimDue(Instant now, int limit) {
        return jdbc.sql("select o.id, o.recipient, o.body, o.attempts from support.messenger_outbox o"
                        + " where o.next_attempt_at <= ? and not exists (select 1 from support.messenger_outbox"
                        + " earlier where earlier.recipient = o.recipient and earlier.id < o.id)"
                        + " order by o.id limit ? for update skip locked")
                .params(Timestamp.from(now), limit)
                .query((rs, i) -> new Pending(
                        rs.getLong("id"), rs.getString("recipient"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    void delete(long id) {
        jdbc.sql("delete from support.messenger_outbox where id = ?").param(id).update();
    }

    void retryAt(long id, Instant nextAttempt) {
        jdbc.sql("update support.messenger_outbox set attempts = attempts + 1, next_attempt_at = ? where id = ?")
                .params(Timestamp.from(nextAttempt), id)
                .update();
    }
}

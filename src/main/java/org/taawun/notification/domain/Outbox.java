package org.taawun.notification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.taawun.notification.Channel;

/**
 * The outbox table. A claim marks rows with a lease in a statement of its own ({@code FOR UPDATE SKIP LOCKED}, so
 * two nodes never claim one row at once); the network call happens after, with no lock held; its outcome is recorded
 * after that.
 */
@Repository
public class Outbox {

    public enum Status {
        PENDING,
        SENT,
        /** Given up after the last allowed attempt: kept for an administrator, who may ask for another attempt. */
        PARKED
    }

    /** A row as administrators see it. */
    public record Entry(
            UUID id,
            Channel channel,
            String subject,
            Status status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            String lastError) {}

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a message to deliver. {@code redactedBody} (null when the body holds no secret) replaces the body when
     * the row is marked sent: a trigger of the table does it, whichever code marks it (migration V26).
     */
    void add(Channel channel, String recipient, String subject, String body, String redactedBody, Instant now) {
        jdbc.sql("insert into notification.outbox (id, channel, recipient, subject, body, redacted_body, status,"
                        + " attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        channel.name(),
                        recipient,
                        subject,
                        body,
                        redactedBody,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /**
     * Claims up to {@code limit} due rows for {@code lease} and counts an attempt for each, in one statement that
     * commits on its own: rows locked by another claim at that instant are skipped, and a claimed row is due again only
     * when its lease has ended (its claimer died before recording what happened).
     */
    List<OutboxMessage> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.sql("update notification.outbox o set claimed_until = :until, attempts = o.attempts + 1"
                        + " where o.id in (select id from notification.outbox where status = 'PENDING'"
                        + " and next_attempt_at <= :now and (claimed_until is null or claimed_until <= :now)"
                        + " order by next_attempt_at limit :limit for update skip locked)"
                        + " returning o.id, o.channel, o.recipient, o.subject, o.body, o.attempts")
                .param("until", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, i) -> new OutboxMessage(
                        rs.getObject("id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .list();
    }

    /** Records that a claimed row was delivered (its attempt was counted when it was claimed). */
    void markSent(UUID id, Instant now) {
        jdbc.sql("update notification.outbox set status = 'SENT', sent_at = ?, last_error = null,"
                        + " claimed_until = null where id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    /** Records a failed attempt: due again at {@code nextAttempt}, or parked once {@code maxAttempts} are spent. */
    void markFailed(UUID id, String error, Instant nextAttempt, int maxAttempts) {
        jdbc.sql("update notification.outbox set status = case when attempts >= ? then 'PARKED' else 'PENDING' end,"
                        + " last_error = ?, next_attempt_at = ?, claimed_until = null where id = ?")
                .params(maxAttempts, truncate(error), Timestamp.from(nextAttempt), id)
                .update();
    }

    /** An administrator asks for one more attempt of a parked row, now. */
    public int retryParked(UUID id, Instant now) {
        return jdbc.sql("update notification.outbox set status = 'PENDING', next_attempt_at = ?,"
                        + " claimed_until = null where id = ? and status = 'PARKED'")
                .params(Timestamp.from(now), id)
                .update();
    }

    /** Every parked row (up to {@code limit}), oldest first, whatever its age. */
    public List<Entry> parked(int limit) {
        return jdbc.sql(SELECT_ENTRY + " where status = 'PARKED' order by created_at limit ?")
                .param(limit)
                .query(Outbox::entry)
                .list();
    }

    public List<Entry> latest(int limit) {
        return jdbc.sql(SELECT_ENTRY + " order by created_at desc limit ?")
                .param(limit)
                .query(Outbox::entry)
                .list();
    }

    private static final String SELECT_ENTRY = "select id, channel, subject, status, attempts, created_at,"
            + " next_attempt_at, last_error from notification.outbox";

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getObject("id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("subject"),
                Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"));
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}

package org.taawun.notification.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.taawun.notification.Channel;

/** The outbox table. Claiming uses {@code FOR UPDATE SKIP LOCKED}, so several nodes never deliver one row twice. */
@Repository
public class Outbox {

    public enum Status {
        PENDING,
        SENT,
        FAILED
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

    /** Locks up to {@code limit} due rows for the caller's transaction. */
    List<OutboxMessage> claimDue(Instant now, int limit) {
        return jdbc.sql("select id, channel, recipient, subject, body, attempts from notification.outbox"
                        + " where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at"
                        + " limit ? for update skip locked")
                .params(Timestamp.from(now), limit)
                .query((rs, i) -> new OutboxMessage(
                        rs.getObject("id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getInt("attempts")))
                .list();
    }

    /** Marks these rows sent, in one statement (the caller's transaction claimed them). */
    void markSent(Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update notification.outbox set status = 'SENT', attempts = attempts + 1, sent_at = :now,"
                        + " last_error = null where id in (:ids)")
                .param("now", Timestamp.from(now))
                .param("ids", ids)
                .update();
    }

    void markFailed(UUID id, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("update notification.outbox set status = ?, attempts = attempts + 1, last_error = ?,"
                        + " next_attempt_at = ? where id = ?")
                .params(
                        giveUp ? Status.FAILED.name() : Status.PENDING.name(),
                        truncate(error),
                        Timestamp.from(nextAttempt),
                        id)
                .update();
    }

    public int retryFailed(UUID id, Instant now) {
        return jdbc.sql("update notification.outbox set status = 'PENDING', next_attempt_at = ? where id = ?"
                        + " and status = 'FAILED'")
                .params(Timestamp.from(now), id)
                .update();
    }

    public List<Entry> latest(int limit) {
        return jdbc.sql("select id, channel, subject, status, attempts, created_at, next_attempt_at, last_error"
                        + " from notification.outbox order by created_at desc limit ?")
                .param(limit)
                .query((rs, i) -> new Entry(
                        rs.getObject("id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("subject"),
                        Status.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("next_attempt_at").toInstant(),
                        rs.getString("last_error")))
                .list();
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}

package org.taawun.support.messenger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The table {@code support.messenger_inbox}: incoming events stored before the webhook answers, claimed for
 * processing with a lease ({@code FOR UPDATE SKIP LOCKED}: one node at a time; a sender's oldest waiting event only,
 * so hers are processed in order), then emptied of the sender id and the text in the transaction that processes it.
 */
@Repository
class EventInbox {

    /** An event as stored: its fields ready for the table. */
    record Row(String senderHash, String messageHash, String event, Instant sentAt) {

        @Override
        public String toString() {
            return "Row";
        }
    }

    /** An event claimed for processing. */
    record Claimed(long id, String event, Instant sentAt, int attempts) {

        @Override
        public String toString() {
            return "Claimed[" + id + "]";
        }
    }

    private final JdbcClient jdbc;

    EventInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores these events in one statement (committed on its own unless the caller has a transaction); an event whose
     * message id is already there is left out. Returns how many were stored.
     */
    int store(List<Row> rows, Instant now) {
        if (rows.isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder(
                "insert into support.messenger_inbox (sender_hash, message_hash, event, sent_at, received_at) values ");
        List<Object> params = new ArrayList<>(rows.size() * 5);
        Timestamp received = Timestamp.from(now);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
            params.add(row.senderHash());
            params.add(row.messageHash());
            params.add(row.event());
            params.add(Timestamp.from(row.sentAt()));
            params.add(received);
        }
        sql.append(" on conflict (message_hash) do nothing");
        return jdbc.sql(sql.toString()).params(params).update();
    }

    /**
     * Claims up to {@code limit} waiting events, each the oldest waiting one of its sender, for {@code lease}, and
     * counts an attempt for each, in one statement that commits on its own. Oldest first.
     */
    List<Claimed> claim(Instant now, Duration lease, int limit) {
        return jdbc
                .sql("update support.messenger_inbox i set claimed_until = :until, attempts = i.attempts + 1"
                        + " where i.id in (select c.id from support.messenger_inbox c where c.processed_at is null"
                        + " and (c.claimed_until is null or c.claimed_until <= :now) and not exists (select 1"
                        + " from support.messenger_inbox earlier where earlier.sender_hash = c.sender_hash"
                        + " and earlier.processed_at is null and earlier.id < c.id)"
                        + " order by c.id limit :limit for update skip locked)"
                        + " returning i.id, i.event, i.sent_at, i.attempts")
                .param("until", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, i) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("event"),
                        rs.getTimestamp("sent_at").toInstant(),
                        rs.getInt("attempts")))
                .list()
                .stream()
                .sorted(Comparator.comparingLong(Claimed::id))
                .toList();
    }

    /** The event is processed (or dropped): its sender id and text are erased; its message id hash stays a while. */
    void processed(long id, Instant now) {
        jdbc.sql("update support.messenger_inbox set event = null, sender_hash = null, claimed_until = null,"
                        + " processed_at = ? where id = ? and processed_at is null")
                .params(Timestamp.from(now), id)
                .update();
    }

    /** Processing failed: the event may be claimed again from {@code next} on. */
    void retryAt(long id, Instant next) {
        jdbc.sql("update support.messenger_inbox set claimed_until = ? where id = ? and processed_at is null")
                .params(Timestamp.from(next), id)
                .update();
    }

    /** Deletes processed events older than {@code before}: their message ids are forgotten. */
    int forgetProcessedBefore(Instant before) {
        return jdbc.sql("delete from support.messenger_inbox where processed_at < ?")
                .param(Timestamp.from(before))
                .update();
    }

    /** A SHA-256 hash of a message id (hex), or null when there is none. */
    static String hash(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

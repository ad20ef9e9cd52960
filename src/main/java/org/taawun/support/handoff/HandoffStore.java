package org.taawun.support.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.taawun.support.chat.ChatChannel;

/**
 * The hand-off tables, in SQL: the few statements that must be atomic (one open hand-off per conversation, one
 * counsellor per hand-off) are single conditional statements, so that two nodes or two clicks never both win.
 */
@Repository
class HandoffStore {

    private static final String COLUMNS = "id, handle, conversation_hash, channel, language, topic, danger, status,"
            + " counsellor_id, requested_at, closed_at";

    private final JdbcClient jdbc;

    HandoffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a waiting hand-off unless the conversation has an open one or the handle is taken; true if inserted. */
    boolean insert(HandoffRow row, Instant now) {
        return jdbc.sql("insert into support.handoffs (id, handle, conversation_hash, channel, language, topic, danger,"
                                + " status, requested_at, last_message_at) values (?,?,?,?,?,?,?,'WAITING',?,?)"
                                + " on conflict do nothing")
                        .params(
                                row.id(),
                                row.handle(),
                                row.conversationHash(),
                                row.channel().name(),
                                row.language(),
                                row.topic(),
                                row.danger(),
                                Timestamp.from(now),
                                Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<HandoffRow> open(String hash) {
        return jdbc.sql("select " + COLUMNS
                        + " from support.handoffs where conversation_hash = ? and status <> 'CLOSED'")
                .param(hash)
                .query(HandoffStore::row)
                .optional();
    }

    Optional<HandoffRow> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from support.handoffs where id = ?")
                .param(id)
                .query(HandoffStore::row)
                .optional();
    }

    /** A later alarm moves a waiting hand-off to the front of the queue. */
    void raiseDanger(UUID id) {
        jdbc.sql("update support.handoffs set danger = true where id = ? and status = 'WAITING'")
                .param(id)
                .update();
    }

    /** Open hand-offs, danger first, then the longest waiting. */
    List<HandoffRow> openOnes() {
        return jdbc.sql("select " + COLUMNS + " from support.handoffs where status <> 'CLOSED'"
                        + " order by danger desc, requested_at, id")
                .query(HandoffStore::row)
                .list();
    }

    /** Gives a waiting hand-off to one counsellor; false when someone else took it first (or it is over). */
    boolean take(UUID id, UUID counsellorId, Instant now) {
        return jdbc.sql("update support.handoffs set status = 'TAKEN', counsellor_id = ?, taken_at = ?"
                                + " where id = ? and status = 'WAITING'")
                        .params(counsellorId, Timestamp.from(now), id)
                        .update()
                == 1;
    }

    /** Closes an open hand-off; false when it was closed already. */
    boolean close(UUID id, Instant now) {
        return jdbc.sql(
                                "update support.handoffs set status = 'CLOSED', closed_at = ? where id = ? and status <> 'CLOSED'")
                        .params(Timestamp.from(now), id)
                        .update()
                == 1;
    }

    /** Keeps what she chose and wrote before she asked, with the hand-off just inserted (lines marked as before). */
    void addContext(UUID id, List<HandoffLine> before, Instant now) {
        for (HandoffLine line : before) {
            jdbc.sql("insert into support.handoff_messages (handoff_id, author, body, written_at, before_request)"
                            + " values (?, ?, ?, ?, true)")
                    .params(id, line.author().name(), line.text(), Timestamp.from(now))
                    .update();
        }
    }

    /** Sets a once-only flag of an open hand-off ({@code acknowledged} while waiting, {@code joined_told} once taken). */
    boolean claimOnce(UUID id, Flag flag) {
        return jdbc.sql("update support.handoffs set " + flag.column + " = true where id = ? and status = '"
                                + flag.status + "' and not " + flag.column)
                        .param(id)
                        .update()
                == 1;
    }

    enum Flag {
        ACKNOWLEDGED("acknowledged", "WAITING"),
        JOINED_TOLD("joined_told", "TAKEN");

        private final String column;
        private final String status;

        Flag(String column, String status) {
            this.column = column;
            this.status = status;
        }
    }

    /** Closes an open hand-off now and erases every message it kept (her quick exit); false when none was open. */
    boolean closeAndErase(UUID id, Instant now) {
        jdbc.sql("delete from support.handoff_messages where handoff_id = ?")
                .param(id)
                .update();
        return close(id, now);
    }

    /** Adds a message to the hand-off while it is open; false when it is not. */
    boolean addMessage(UUID id, HandoffLine.Author author, String text, Instant now) {
        int added = jdbc.sql("insert into support.handoff_messages (handoff_id, author, body, written_at)"
                        + " select id, ?, ?, ? from support.handoffs where id = ? and status <> 'CLOSED'")
                .params(author.name(), text, Timestamp.from(now), id)
                .update();
        if (added == 1) {
            jdbc.sql("update support.handoffs set last_message_at = greatest(last_message_at, ?) where id = ?")
                    .params(Timestamp.from(now), id)
                    .update();
        }
        return added == 1;
    }

    /** The messages of a hand-off, oldest first: those from before she asked first of all. */
    List<HandoffLine> messages(UUID id) {
        return jdbc.sql("select author, body, written_at, before_request from support.handoff_messages"
                        + " where handoff_id = ? order by id")
                .param(id)
                .query((rs, i) -> new HandoffLine(
                        HandoffLine.Author.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getBoolean(4)))
                .list();
    }

    /**
     * Erases, with their messages, the hand-offs closed before the cutoff and the open ones whose last message is
     * older than it; answers the conversation hashes erased.
     */
    List<String> eraseBefore(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        return jdbc.sql("delete from support.handoffs where (status = 'CLOSED' and closed_at < ?)"
                        + " or (status <> 'CLOSED' and last_message_at < ?) returning conversation_hash")
                .params(before, before)
                .query(String.class)
                .list();
    }

    /** The conversation hashes of the open hand-offs. */
    Set<String> openHashes() {
        return Set.copyOf(jdbc.sql("select conversation_hash from support.handoffs where status <> 'CLOSED'")
                .query(String.class)
                .list());
    }

    private static HandoffRow row(ResultSet rs, int i) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new HandoffRow(
                rs.getObject("id", UUID.class),
                rs.getString("handle"),
                rs.getString("conversation_hash"),
                ChatChannel.valueOf(rs.getString("channel")),
                rs.getString("language"),
                rs.getString("topic"),
                rs.getBoolean("danger"),
                HandoffStatus.valueOf(rs.getString("status")),
                rs.getObject("counsellor_id", UUID.class),
                rs.getTimestamp("requested_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }
}

package org.taawun.support.handoff;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.Fixtures;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationKey;

/** Conversations and counsellors for the hand-off tests, unique per call. */
@Component
public class HandoffFixtures {

    private final JdbcClient jdbc;

    HandoffFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static ConversationKey webKey() {
        return new ConversationKey(ChatChannel.WEB, "web-" + UUID.randomUUID());
    }

    /** A counsellor who exists only for the test: the console trusts the signed-in person's id and roles. */
    public static TaawunUser counsellor() {
        UUID id = UUID.randomUUID();
        return new TaawunUser(id, "c" + id + "@example.org", "Counsellor", null, true, Set.of(Role.COUNSELLOR));
    }

    public static <T> T as(TaawunUser user, Supplier<T> action) {
        return Fixtures.as(user, action);
    }

    public UUID idOf(String handle) {
        return jdbc.sql("select id from support.handoffs where handle = ?")
                .param(handle)
                .query(UUID.class)
                .single();
    }

    public String status(String handle) {
        return jdbc.sql("select status from support.handoffs where handle = ?")
                .param(handle)
                .query(String.class)
                .optional()
                .orElse("ERASED");
    }

    /** The texts of a hand-off, oldest first, as author: text. */
    public List<String> messages(UUID id) {
        return jdbc.sql("select author || ': ' || body from support.handoff_messages where handoff_id = ? order by id")
                .param(id)
                .query(String.class)
                .list();
    }

    public long messageCount(UUID id) {
        return jdbc.sql("select count(*) from support.handoff_messages where handoff_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }
}

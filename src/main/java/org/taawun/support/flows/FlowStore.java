package org.taawun.support.flows;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.support.conversation.Flow;
import org.taawun.support.conversation.FlowSource;

/**
 * The flows in table {@code support.flows}: every saved version is kept, the newest is active. A flow is validated
 * before it is saved ({@link FlowValidator}); a refused flow changes nothing. The active flow is kept in memory for
 * the engine, dropped at once on this node when a version is saved (other nodes read it again within {@link #TTL}).
 */
@Component
public class FlowStore implements FlowSource {

    static final Duration TTL = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Cache<String, Flow> active =
            Caffeine.newBuilder().maximumSize(20).expireAfterWrite(TTL).build();

    FlowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Flow active() {
        return active(SUPPORT).orElseThrow(() -> new IllegalStateException("No active support flow"));
    }

    public Optional<Flow> active(String name) {
        return Optional.ofNullable(
                active.get(name, n -> activeJson(n).map(FlowJson::read).orElse(null)));
    }

    /** The saved version's JSON, as exported. */
    @Transactional(readOnly = true)
    public Optional<String> json(String name, int version) {
        return jdbc.sql("select json from support.flows where name = ? and version = ?")
                .params(name, version)
                .query(String.class)
                .optional();
    }

    private Optional<String> activeJson(String name) {
        return jdbc.sql("select json from support.flows where name = ? and active")
                .param(name)
                .query(String.class)
                .optional();
    }

    /** The active version of every flow, by name. */
    @Transactional(readOnly = true)
    public List<FlowVersion> activeVersions() {
        return jdbc.sql(
                        "select name, version, active, saved_at, saved_by from support.flows where active order by name")
                .query(FlowVersion.class)
                .list();
    }

    @Transactional(readOnly = true)
    public List<FlowVersion> versions(String name) {
        return jdbc.sql("select name, version, active, saved_at, saved_by from support.flows where name = ?"
                        + " order by version desc")
                .param(name)
                .query(FlowVersion.class)
                .list();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return jdbc.sql("select count(*) from support.flows").query(Long.class).single() == 0;
    }

    /**
     * Saves the flow as the new active version of its name (the version number in it is ignored: the next one is
     * given), or nothing when it breaks a rule.
     */
    @Transactional
    public Saved save(Flow flow, String savedBy) {
        List<FlowProblem> problems = FlowValidator.check(flow);
        if (!problems.isEmpty()) {
            return new Saved(0, problems);
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("support.flows/" + flow.name())
                .query()
                .singleRow();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from support.flows where name = ?")
                .param(flow.name())
                .query(Integer.class)
                .single();
        jdbc.sql("update support.flows set active = false where name = ? and active")
                .param(flow.name())
                .update();
        jdbc.sql("insert into support.flows (name, version, json, active, saved_by) values (?, ?, ?, true, ?)")
                .params(flow.name(), version, FlowJson.write(flow.withVersion(version)), savedBy)
                .update();
        active.invalidate(flow.name());
        return new Saved(version, List.of());
    }

    /** The version saved, or the problems that kept the flow from being saved. */
    public record Saved(int version, List<FlowProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}

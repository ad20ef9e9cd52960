package org.taawun.ordering.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotency keys of orders, per client ({@link OrderKey#scope()}), in the database so that every node sees them.
 * A key is written in the transaction of its order: a second request with the same key waits on the primary key's
 * index entry and fails once the first commits, then reads the first's order. Kept at least 24 hours, then purged by
 * one {@code DELETE} (on every node: deleting twice is harmless).
 */
@Component
public class IdempotencyKeys {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeys.class);

    /** The order a key made, and the hash of the body that made it. */
    public record Entry(UUID orderId, String requestHash) {}

    private final JdbcClient jdbc;
    private final OrderingProperties properties;

    IdempotencyKeys(JdbcClient jdbc, OrderingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(OrderKey key) {
        return jdbc.sql("select order_id, request_hash from ordering.idempotency_keys where scope = ? and key = ?")
                .params(key.scope(), key.key())
                .query((rs, i) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remember(OrderKey key, UUID orderId) {
        jdbc.sql("insert into ordering.idempotency_keys (scope, key, request_hash, order_id, created_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(key.scope(), key.key(), key.requestHash(), orderId, Timestamp.from(Instant.now()))
                .update();
    }

    @Scheduled(fixedDelayString = "${taawun.ordering.expiry-check:PT5M}", initialDelayString = "PT2M")
    void purgeNow() {
        purge(Instant.now());
    }

    /** Forgets the keys older than their life at {@code now}; answers how many. */
    @Transactional
    public int purge(Instant now) {
        int purged = jdbc.sql("delete from ordering.idempotency_keys where created_at < ?")
                .param(Timestamp.from(now.minus(properties.keyLife())))
                .update();
        if (purged > 0) {
            LOG.info("Purged {} idempotency key(s) older than {}", purged, properties.keyLife());
        }
        return purged;
    }
}

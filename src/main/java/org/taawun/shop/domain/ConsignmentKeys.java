package org.taawun.shop.domain;

import java.sql.Timestamp;
import java.time.Duration;
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
 * Idempotency keys of deposit requests, per client (its account), in the database so that every node sees them. A key
 * is written in the transaction of its deposit: a second request with the same key waits on the key's index entry and
 * fails once the first commits, then reads the first's deposit. Kept at least 24 hours, then purged.
 */
@Component
class ConsignmentKeys {

    static final Duration LIFE = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(ConsignmentKeys.class);

    /** A client's key: its scope (the account), the key and the hash of the shop and body it came with. */
    record Key(String scope, String key, String requestHash) {}

    record Entry(UUID consignmentId, String requestHash) {}

    private final JdbcClient jdbc;

    ConsignmentKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<Entry> find(Key key) {
        return jdbc.sql("select consignment_id, request_hash from shop.idempotency_keys where scope = ? and key = ?")
                .params(key.scope(), key.key())
                .query((rs, i) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remember(Key key, UUID consignmentId) {
        jdbc.sql("insert into shop.idempotency_keys (scope, key, request_hash, consignment_id, created_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(key.scope(), key.key(), key.requestHash(), consignmentId, Timestamp.from(Instant.now()))
                .update();
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT2M")
    void purgeNow() {
        purge(Instant.now());
    }

    @Transactional
    int purge(Instant now) {
        int purged = jdbc.sql("delete from shop.idempotency_keys where created_at < ?")
                .param(Timestamp.from(now.minus(LIFE)))
                .update();
        if (purged > 0) {
            LOG.info("Purged {} deposit idempotency key(s)", purged);
        }
        return purged;
    }
}

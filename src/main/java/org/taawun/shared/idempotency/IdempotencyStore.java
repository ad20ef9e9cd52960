package org.taawun.shared.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.shared.web.ProblemException;

/**
 * The one store of Idempotency-Key entries, per purpose (which write) and client scope (its account), in the database
 * so that every node sees them. A key is written in the transaction of the write it guards: a second request with the
 * same key waits on the primary key and fails once the first commits, then finds the first's result. The same key and
 * body answer the first result; the same key with another body is a 409 {@code idempotency-key-reused}. Kept at least
 * 24 hours, then purged.
 */
@Component
public class IdempotencyStore {

    static final Duration LIFE = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyStore.class);

    /** A client's key for one purpose, with the hash of the request it came with. */
    public record Key(String purpose, String scope, String key, String requestHash) {}

    /** What a key's write made, and whether it was made now (false: an earlier request with the key made it). */
    public record Result(UUID id, boolean created) {}

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SHA-256 of a request's canonical text (the path's ids and the body as JSON), in hexadecimal. */
    public static String hash(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The id the key made before; empty when the key is new. The same key with another request is a conflict (409)
     * whose detail is the given message.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> earlier(Key key, String conflictMessageKey) {
        return jdbc.sql("select request_hash, result_id from shared.idempotency_keys"
                        + " where purpose = ? and scope = ? and key = ?")
                .params(key.purpose(), key.scope(), key.key())
                .query((rs, i) -> {
                    if (!rs.getString(1).equals(key.requestHash())) {
                        throw ProblemException.conflict("idempotency-key-reused", conflictMessageKey);
                    }
                    return rs.getObject(2, UUID.class);
                })
                .optional();
    }

    /**
     * Runs the write once per key: answers the earlier result's id when the key was used with the same request, else
     * runs {@code write} (which must call {@link #remember} in its transaction). Two requests racing with one key: the
     * second fails on the key's row when the first commits, and answers the first's result.
     */
    public Result once(Key key, String conflictMessageKey, Supplier<UUID> write) {
        Optional<UUID> earlier = earlier(key, conflictMessageKey);
        if (earlier.isPresent()) {
            return new Result(earlier.get(), false);
        }
        try {
            return new Result(write.get(), true);
        } catch (DataIntegrityViolationException e) {
            return new Result(earlier(key, conflictMessageKey).orElseThrow(() -> e), false);
        }
    }

    /** Writes the key in the caller's transaction, with what it made. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remember(Key key, UUID resultId) {
        jdbc.sql("insert into shared.idempotency_keys (purpose, scope, key, request_hash, result_id, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        key.purpose(),
                        key.scope(),
                        key.key(),
                        key.requestHash(),
                        resultId,
                        Timestamp.from(Instant.now()))
                .update();
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT2M")
    void purgeNow() {
        purge(Instant.now());
    }

    /** Forgets the keys older than their life at {@code now}; answers how many. */
    @Transactional
    public int purge(Instant now) {
        int purged = jdbc.sql("delete from shared.idempotency_keys where created_at < ?")
                .param(Timestamp.from(now.minus(LIFE)))
                .update();
        if (purged > 0) {
            LOG.info("Purged {} idempotency key(s)", purged);
        }
        return purged;
    }
}

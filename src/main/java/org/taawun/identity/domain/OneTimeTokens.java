package org.taawun.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use links (invitation, password reset): the secret goes to the person, its hash stays here. */
@Repository
public class OneTimeTokens {

    public enum Purpose {
        INVITE(Duration.ofDays(7)),
        RESET(Duration.ofHours(1));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    private final JdbcClient jdbc;

    OneTimeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a new secret for the account; earlier unused links of that purpose stop working. */
    public String issue(UUID accountId, Purpose purpose) {
        jdbc.sql("delete from identity.one_time_tokens where account_id = ? and purpose = ? and used_at is null")
                .params(accountId, purpose.name())
                .update();
        String secret = Hashing.newSecret();
        jdbc.sql("insert into identity.one_time_tokens (token_hash, account_id, purpose, expires_at)"
                        + " values (?, ?, ?, ?)")
                .params(
                        Hashing.sha256(secret),
                        accountId,
                        purpose.name(),
                        java.sql.Timestamp.from(Instant.now().plus(purpose.lifetime)))
                .update();
        return secret;
    }

    /** The account a valid, unused, unexpired secret belongs to. */
    public Optional<UUID> peek(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from identity.one_time_tokens where token_hash = ? and used_at is null"
                        + " and expires_at > now()")
                .param(Hashing.sha256(secret))
                .query(UUID.class)
                .optional();
    }

    /** Marks the secret used; only one caller can ever succeed. */
    public Optional<UUID> consume(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("update identity.one_time_tokens set used_at = now() where token_hash = ? and used_at is null"
                        + " and expires_at > now() returning account_id")
                .param(Hashing.sha256(secret))
                .query(UUID.class)
                .optional();
    }
}

package org.taawun.identity.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bearer tokens for the API, valid 30 days; stored as hashes. */
@Repository
public class ApiTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);

    public record Issued(String token, Instant expiresAt) {}

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Issued issue(UUID accountId) {
        String secret = Hashing.newSecret();
        Instant expires = Instant.now().plus(LIFETIME);
        jdbc.sql("insert into identity.api_tokens (token_hash, account_id, created_at, expires_at) values (?,?,?,?)")
                .params(Hashing.sha256(secret), accountId, Timestamp.from(Instant.now()), Timestamp.from(expires))
                .update();
        return new Issued(secret, expires);
    }

    public Optional<UUID> accountOf(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from identity.api_tokens where token_hash = ? and expires_at > now()")
                .param(Hashing.sha256(secret))
                .query(UUID.class)
                .optional();
    }

    public void revoke(String secret) {
        jdbc.sql("delete from identity.api_tokens where token_hash = ?")
                .param(Hashing.sha256(secret))
                .update();
    }

    public void revokeAll(UUID accountId) {
        jdbc.sql("delete from identity.api_tokens where account_id = ?")
                .param(accountId)
                .update();
    }
}

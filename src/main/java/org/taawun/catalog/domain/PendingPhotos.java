package org.taawun.catalog.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos chosen on a product form that came back with an error, kept (in the database, so that any node finds them)
 * for the account that chose them, for {@link #KEPT_FOR}. Older ones are forgotten whenever a new one is kept; their
 * files stay, as every media file does (content-hashed, possibly shared).
 */
@Component
class PendingPhotos {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final JdbcClient jdbc;

    PendingPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID keep(UUID accountId, Photo photo) {
        Instant now = Instant.now();
        jdbc.sql("delete from catalog.pending_photos where created_at < ?")
                .param(Timestamp.from(now.minus(KEPT_FOR)))
                .update();
        UUID token = UUID.randomUUID();
        jdbc.sql("insert into catalog.pending_photos (token, account_id, small, medium, large, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(token, accountId, photo.small(), photo.medium(), photo.large(), Timestamp.from(now))
                .update();
        return token;
    }

    /** The photo this account keeps under the token, still valid. */
    Optional<Photo> find(UUID accountId, UUID token) {
        return jdbc.sql("select small, medium, large from catalog.pending_photos"
                        + " where token = ? and account_id = ? and created_at >= ?")
                .params(token, accountId, Timestamp.from(Instant.now().minus(KEPT_FOR)))
                .query((rs, n) -> new Photo(rs.getString("small"), rs.getString("medium"), rs.getString("large")))
                .optional();
    }

    /** Takes the photo out of the waiting ones (once: a second take of the same token finds nothing). */
    Optional<Photo> take(UUID accountId, UUID token) {
        return jdbc.sql("delete from catalog.pending_photos where token = ? and account_id = ? and created_at >= ?"
                        + " returning small, medium, large")
                .params(token, accountId, Timestamp.from(Instant.now().minus(KEPT_FOR)))
                .query((rs, n) -> new Photo(rs.getString("small"), rs.getString("medium"), rs.getString("large")))
                .optional();
    }
}

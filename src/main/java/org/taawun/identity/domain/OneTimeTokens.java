package org.taawun.identity.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use links sent to an account's e-mail (sign-up, invitation, password reset, management of a cooperative):
 * the secret goes to the mailbox, its hash stays here. Following one proves that the person reads that mailbox.
 */
@Repository
public class OneTimeTokens {

    public enum Purpose {
        SIGNUP(Duration.ofDays(2)),
        INVITE(Duration.ofDays(7)),
        RESET(Duration.ofHours(1)),
        /** Grants the management of the cooperative the link names, when accepted. */
        MANAGE(Duration.ofDays(7)),
        /** Lists the person as a cashier of the shop the link names, when accepted. */
        SHOP_CASHIER(Duration.ofDays(7));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    /**
     * What a valid link is for: the account, its purpose, the cooperative of a management invitation and the shop of a
     * cashier's invitation.
     */
    public record Link(UUID accountId, Purpose purpose, UUID cooperativeId, UUID shopId) {}

    /** A pending invitation to manage a cooperative. */
    public record PendingInvitation(UUID accountId, String displayName, String email) {}

    private static final String COLUMNS = "account_id, purpose, cooperative_id, shop_id";

    private final JdbcClient jdbc;

    OneTimeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a new secret for the account; earlier unused links of that purpose stop working. */
    public String issue(UUID accountId, Purpose purpose) {
        return issue(accountId, purpose, null);
    }

    /** Issues a new secret; earlier unused links of that purpose (and cooperative) stop working. */
    public String issue(UUID accountId, Purpose purpose, UUID cooperativeId) {
        cancel(accountId, purpose, cooperativeId);
        String secret = Hashing.newSecret();
        jdbc.sql("insert into identity.one_time_tokens (token_hash, account_id, purpose, cooperative_id, expires_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        Hashing.sha256(secret),
                        accountId,
                        purpose.name(),
                        cooperativeId,
                        Timestamp.from(Instant.now().plus(purpose.lifetime)))
                .update();
        return secret;
    }

    /** Issues a new secret naming a shop; earlier unused links of that purpose for that shop stop working. */
    public String issueForShop(UUID accountId, Purpose purpose, UUID shopId) {
        cancelForShop(accountId, purpose, shopId);
        String secret = Hashing.newSecret();
        jdbc.sql("insert into identity.one_time_tokens (token_hash, account_id, purpose, shop_id, expires_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        Hashing.sha256(secret),
                        accountId,
                        purpose.name(),
                        shopId,
                        Timestamp.from(Instant.now().plus(purpose.lifetime)))
                .update();
        return secret;
    }

    /** Unused links of that purpose for that shop stop working. */
    public void cancelForShop(UUID accountId, Purpose purpose, UUID shopId) {
        jdbc.sql("delete from identity.one_time_tokens where account_id = ? and purpose = ? and used_at is null"
                        + " and shop_id = ?")
                .params(accountId, purpose.name(), shopId)
                .update();
    }

    /** People invited to work at the shop with that purpose who have not accepted yet. */
    public List<PendingInvitation> pendingAtShop(UUID shopId, Purpose purpose) {
        return jdbc.sql("select distinct a.id, a.display_name, a.email from identity.one_time_tokens t"
                        + " join identity.accounts a on a.id = t.account_id where t.purpose = ?"
                        + " and t.shop_id = ? and t.used_at is null and t.expires_at > now()"
                        + " order by a.display_name")
                .params(purpose.name(), shopId)
                .query((rs, i) -> new PendingInvitation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Unused links of that purpose (and cooperative) stop working. */
    public void cancel(UUID accountId, Purpose purpose, UUID cooperativeId) {
        jdbc.sql("delete from identity.one_time_tokens where account_id = ? and purpose = ? and used_at is null"
                        + " and cooperative_id is not distinct from ?")
                .params(accountId, purpose.name(), cooperativeId)
                .update();
    }

    /** What a valid, unused, unexpired secret is for. */
    public Optional<Link> peek(String secret) {
        if (!plausible(secret)) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from identity.one_time_tokens where token_hash = ? and used_at is null"
                        + " and expires_at > now()")
                .param(Hashing.sha256(secret))
                .query(OneTimeTokens::link)
                .optional();
    }

    /** Marks the secret used; only one caller can ever succeed. */
    public Optional<Link> consume(String secret) {
        if (!plausible(secret)) {
            return Optional.empty();
        }
        return jdbc.sql("update identity.one_time_tokens set used_at = now() where token_hash = ? and used_at is null"
                        + " and expires_at > now() returning " + COLUMNS)
                .param(Hashing.sha256(secret))
                .query(OneTimeTokens::link)
                .optional();
    }

    /** People invited to manage the cooperative who have not accepted yet (links unused and unexpired). */
    public List<PendingInvitation> pendingInvitations(UUID cooperativeId) {
        return jdbc.sql("select distinct a.id, a.display_name, a.email from identity.one_time_tokens t"
                        + " join identity.accounts a on a.id = t.account_id where t.purpose = 'MANAGE'"
                        + " and t.cooperative_id = ? and t.used_at is null and t.expires_at > now()"
                        + " order by a.display_name")
                .param(cooperativeId)
                .query((rs, i) -> new PendingInvitation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static boolean plausible(String secret) {
        return secret != null && !secret.isBlank() && secret.length() <= 100;
    }

    private static Link link(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Link(
                rs.getObject(1, UUID.class),
                Purpose.valueOf(rs.getString(2)),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class));
    }
}

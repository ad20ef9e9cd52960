package org.taawun.identity.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Growing delays after failed sign-ins, per account and per client address, counted in the database so that every
 * node sees the same counts. An attempt is counted (as a failure) by one atomic statement before its password is
 * checked, so parallel attempts cannot pass the limit; a success takes it back. Unknown e-mails are counted like known
 * ones, so that the answer never tells whether an account exists.
 */
@Component
public class LoginThrottle {

    /** The delay after {@code failures}, or zero while failures are free: first * 2^(failures - free), capped. */
    private static final String DELAY =
            "make_interval(secs => least(:max, :first * power(2, least(t.failures - :free," + " 30))))";

    private static final String CLAIM = "insert into identity.login_attempts as t (key, failures, last_failure_at)"
            + " values (:key, 1, now()) on conflict (key) do update set failures = case when t.last_failure_at"
            + " < now() - make_interval(secs => :forget) then 1 else t.failures + 1 end, last_failure_at = now()"
            + " where t.failures < :free or t.last_failure_at < now() - make_interval(secs => :forget)"
            + " or t.last_failure_at + " + DELAY + " <= now() returning failures";

    private static final String WAIT = "select greatest(1, ceil(extract(epoch from (t.last_failure_at + " + DELAY
            + " - now()))))::bigint from identity.login_attempts t where key = :key";

    private record Limit(int free, Duration first) {}

    private final JdbcClient jdbc;
    private final LoginThrottleProperties properties;
    private final Limit perAccount;
    private final Limit perAddress;

    LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.perAccount = new Limit(properties.freePerAccount(), properties.firstDelayPerAccount());
        this.perAddress = new Limit(properties.freePerAddress(), properties.firstDelayPerAddress());
    }

    /**
     * Counts an attempt for the e-mail from the address before its password is checked. Empty when it may go on;
     * otherwise how long to wait (the attempt is then not counted, and its password must not be checked).
     */
    public Optional<Duration> begin(String email, String address) {
        Optional<Duration> wait = claim(addressKey(address), perAddress);
        if (wait.isPresent()) {
            return wait;
        }
        wait = claim(accountKey(email), perAccount);
        if (wait.isPresent()) {
            refund(addressKey(address));
        }
        return wait;
    }

    /** The password matched: the account's failures are forgotten, and the address's attempt is taken back. */
    public void succeeded(String email, String address) {
        jdbc.sql("delete from identity.login_attempts where key = ?")
                .param(accountKey(email))
                .update();
        refund(addressKey(address));
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void forgetOldFailures() {
        jdbc.sql("delete from identity.login_attempts where last_failure_at < ?")
                .param(Timestamp.from(Instant.now().minus(properties.forgetAfter())))
                .update();
    }

    private Optional<Duration> claim(String key, Limit limit) {
        boolean allowed = params(jdbc.sql(CLAIM), key, limit)
                .param("forget", (double) properties.forgetAfter().toSeconds())
                .query(Integer.class)
                .optional()
                .isPresent();
        if (allowed) {
            return Optional.empty();
        }
        long seconds =
                params(jdbc.sql(WAIT), key, limit).query(Long.class).optional().orElse(1L);
        return Optional.of(Duration.ofSeconds(Math.max(seconds, 1)));
    }

    private JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, String key, Limit limit) {
        return sql.param("key", key)
                .param("free", limit.free())
                .param("first", limit.first().toMillis() / 1000.0)
                .param("max", properties.maxDelay().toMillis() / 1000.0);
    }

    private void refund(String key) {
        jdbc.sql("update identity.login_attempts set failures = greatest(failures - 1, 0) where key = ?")
                .param(key)
                .update();
    }

    private static String accountKey(String email) {
        String k = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return "account:" + (k.length() > 254 ? k.substring(0, 254) : k);
    }

    private static String addressKey(String address) {
        String a = address == null ? "unknown" : address;
        return "address:" + (a.length() > 64 ? a.substring(0, 64) : a);
    }
}

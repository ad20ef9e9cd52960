package org.taawun.identity.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address over a sliding window, in the database so that every
 * application node sees the same counts. Unknown e-mails are counted like known ones, so that the answer never tells
 * whether an account exists.
 */
@Component
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_PER_ACCOUNT = 5;
    static final int MAX_PER_ADDRESS = 30;

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isBlocked(String email, String address) {
        Timestamp since = Timestamp.from(Instant.now().minus(WINDOW));
        long forAccount = jdbc.sql(
                        "select count(*) from identity.login_failures where account_key = ? and failed_at > ?")
                .params(key(email), since)
                .query(Long.class)
                .single();
        if (forAccount >= MAX_PER_ACCOUNT) {
            return true;
        }
        long forAddress = jdbc.sql("select count(*) from identity.login_failures where address = ? and failed_at > ?")
                .params(address(address), since)
                .query(Long.class)
                .single();
        return forAddress >= MAX_PER_ADDRESS;
    }

    public void recordFailure(String email, String address) {
        jdbc.sql("insert into identity.login_failures (account_key, address, failed_at) values (?, ?, ?)")
                .params(key(email), address(address), Timestamp.from(Instant.now()))
                .update();
    }

    public void recordSuccess(String email) {
        jdbc.sql("delete from identity.login_failures where account_key = ?")
                .param(key(email))
                .update();
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void forgetOldFailures() {
        jdbc.sql("delete from identity.login_failures where failed_at < ?")
                .param(Timestamp.from(Instant.now().minus(Duration.ofDays(1))))
                .update();
    }

    private static String key(String email) {
        String k = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return k.length() > 254 ? k.substring(0, 254) : k;
    }

    private static String address(String address) {
        String a = address == null ? "unknown" : address;
        return a.length() > 64 ? a.substring(0, 64) : a;
    }
}

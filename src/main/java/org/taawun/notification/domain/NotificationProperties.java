package org.taawun.notification.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often due notifications are looked for
 * @param firstRetry the wait after the first failure; it doubles after each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts after so many failures a notification is marked FAILED (kept, and retried by an administrator)
 * @param logSecrets whether the log provider writes links whole, secrets included (development only: anyone who
 *     reads the log could then reset a password); off by default, the log shows them hidden
 */
@ConfigurationProperties("taawun.notification")
public record NotificationProperties(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("10s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("false") boolean logSecrets) {

    public Duration delayAfter(int failures) {
        long factor = 1L << Math.min(Math.max(failures - 1, 0), 20);
        Duration delay = firstRetry.multipliedBy(factor);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}

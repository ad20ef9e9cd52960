package org.taawun.notification.domain;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pollInterval how often due notifications are looked for
 * @param firstRetry the wait after the first failure; it doubles after each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts after so many attempts a notification is parked (kept, shown to administrators, who may ask for
 *     one more attempt)
 * @param lease how long a claimed notification belongs to the dispatcher that claimed it: if that dispatcher dies
 *     before recording the outcome, another one sends it again after this time. Longer than a batch of sends takes
 *     (each provider call gives up after its own timeouts, about 15 s)
 * @param batchSize how many notifications a dispatcher claims at once
 * @param logSecrets whether the log provider writes links whole, secrets included (anyone who reads the log could
 *     then reset a password); unset: only while the demo data is on (its accounts' password is published anyway)
 */
@Validated
@ConfigurationProperties("taawun.notification")
public record NotificationProperties(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("10s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("12") @Min(1) int maxAttempts,
        @DefaultValue("10m") Duration lease,
        @DefaultValue("20") @Min(1) int batchSize,
        Boolean logSecrets) {

    public Duration delayAfter(int failures) {
        long factor = 1L << Math.min(Math.max(failures - 1, 0), 20);
        Duration delay = firstRetry.multipliedBy(factor);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}

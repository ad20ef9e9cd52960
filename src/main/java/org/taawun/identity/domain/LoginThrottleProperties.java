package org.taawun.identity.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Growing delays after failed sign-ins, per account and per client address (never a lock: after the delay one more
 * attempt is allowed, and a failure doubles the next delay).
 *
 * @param freePerAccount failures of an account allowed without delay
 * @param freePerAddress failures from a client address allowed without delay (generous: carriers share addresses)
 * @param firstDelayPerAccount the wait after the free failures of an account; it doubles after each further failure
 * @param firstDelayPerAddress the same for an address
 * @param maxDelay the longest wait
 * @param forgetAfter failures older than this (with none since) are forgotten
 */
@ConfigurationProperties("taawun.identity.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int freePerAccount,
        @DefaultValue("30") int freePerAddress,
        @DefaultValue("30s") Duration firstDelayPerAccount,
        @DefaultValue("10s") Duration firstDelayPerAddress,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("1h") Duration forgetAfter) {}

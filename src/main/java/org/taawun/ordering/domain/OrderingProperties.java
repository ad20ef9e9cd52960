package org.taawun.ordering.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of ordering.
 *
 * @param idempotencyKeys how long an idempotency key is kept before it is purged (never less than 24 hours, as
 *     CONTRACT.md promises; a shorter setting counts as 24 hours)
 * @param unacceptedHold how long a part that no one accepted or refused keeps its stock reserved: then it expires, its
 *     units go back on sale and the customer is told
 * @param expiryCheck how often each node looks for parts to expire and keys to purge
 */
@ConfigurationProperties("taawun.ordering")
public record OrderingProperties(
        @DefaultValue("PT24H") Duration idempotencyKeys,
        @DefaultValue("PT72H") Duration unacceptedHold,
        @DefaultValue("PT5M") Duration expiryCheck) {

    static final Duration MINIMUM_KEY_LIFE = Duration.ofHours(24);

    public Duration keyLife() {
        return idempotencyKeys.compareTo(MINIMUM_KEY_LIFE) < 0 ? MINIMUM_KEY_LIFE : idempotencyKeys;
    }
}

package org.taawun.support.handoff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the counsellor hand-off.
 *
 * @param key the secret of the keyed hash that names a conversation in the database (at least 32 characters). Left
 *     unset, a random key is made once and kept in {@code ${taawun.data-dir}/support/handoff.key}, so that a restart
 *     still finds the open hand-offs; several nodes sharing one database must all be given the same key here.
 * @param retention how long a closed hand-off (or one left open with no new message) is kept before it is erased
 */
@ConfigurationProperties("taawun.support.handoff")
public record HandoffProperties(
        String key, @DefaultValue("PT24H") Duration retention) {}

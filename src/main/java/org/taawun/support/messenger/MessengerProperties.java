package org.taawun.support.messenger;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Messenger channel. Secrets come from the environment; the channel is off (its webhook answers 404)
 * while {@code appSecret} is unset, because without it no call can be told from a forgery.
 *
 * @param verifyToken what Meta sends back when the webhook is registered ({@code hub.verify_token})
 * @param appSecret the app secret that signs every webhook call ({@code X-Hub-Signature-256})
 * @param pageAccessToken the page token of the Send API
 * @param graphApiUrl the Graph API base URL (tests point it at a local stub)
 * @param senderKey the key of the hash that names a conversation instead of the sender id; blank: derived from the
 *     app secret
 * @param maxBody the largest webhook body read (a larger one is refused with 413 without being read)
 * @param workers how many threads process stored events at once (never two events of one sender at once)
 * @param maxEventAge an event older than this (by Meta's timestamp) is neither stored nor processed: a person is not
 *     answered a day late, out of context
 * @param conversationIdle how long a sender id is kept in memory after her last message
 * @param replyWindow how long after her last message Messenger lets us write to her (kept this long while a
 *     counsellor hand-off is open)
 * @param pollInterval how often the outbox is looked at for replies due again after a failure
 * @param firstRetry the wait after the first failed send; it doubles after each further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts after so many failed attempts a reply is given up and deleted, and an event is dropped
 * @param lease how long a claimed reply or event belongs to the node that claimed it: if that node dies before
 *     finishing, another one takes it up after this time
 */
@Validated
@ConfigurationProperties("taawun.support.messenger")
public record MessengerProperties(
        String verifyToken,
        String appSecret,
        String pageAccessToken,

        @DefaultValue("https://graph.facebook.com/v21.0") @Pattern(regexp = "https?://.+")
        String graphApiUrl,

        String senderKey,
        @DefaultValue("256KB") DataSize maxBody,
        @DefaultValue("2") @Min(1) int workers,
        @DefaultValue("24h") Duration maxEventAge,
        @DefaultValue("30m") Duration conversationIdle,
        @DefaultValue("24h") Duration replyWindow,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("5s") Duration firstRetry,
        @DefaultValue("10m") Duration maxRetryDelay,
        @DefaultValue("8") @Min(1) int maxAttempts,
        @DefaultValue("5m") Duration lease) {

    /** Whether the channel is on: only with an app secret can a webhook call be trusted. */
    public boolean enabled() {
        return appSecret != null && !appSecret.isBlank();
    }

    Duration delayAfter(int failures) {
        long factor = 1L << Math.min(Math.max(failures - 1, 0), 20);
        Duration delay = firstRetry.multipliedBy(factor);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}

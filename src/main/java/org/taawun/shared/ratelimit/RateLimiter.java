package org.taawun.shared.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Token buckets in PostgreSQL (Bucket4j), so that every node counts the same calls. A bucket's id is a hash of the
 * action, the kind of key and the key: no address, phone or e-mail is stored in clear.
 */
@Service
public class RateLimiter {

    /** Who calls: the client address, the phone or e-mail the action sends to, the signed-in account (each may be null). */
    public record Caller(String address, String recipient, String account) {}

    /** The tokens taken by one call, to give back those of the account and recipient when it ends in a conflict. */
    public record Charge(List<BucketProxy> refundable) {

        public void refund() {
            refundable.forEach(b -> b.addTokens(1));
        }
    }

    private final ProxyManager<Long> buckets;
    private final RateLimitProperties properties;

    RateLimiter(ProxyManager<Long> buckets, RateLimitProperties properties) {
        this.buckets = buckets;
        this.properties = properties;
    }

    /** Takes one token from each bucket of the call; throws {@link RateLimitedException} at the first one empty. */
    public Charge charge(LimitedAction action, Caller caller) {
        if (!properties.enabled()) {
            return new Charge(List.of());
        }
        RateLimitProperties.ActionLimits limits = properties.of(action);
        take(action, "address", caller.address(), limits.perAddress());
        List<BucketProxy> refundable = new ArrayList<>(2);
        BucketProxy account = take(action, "account", caller.account(), limits.perAccount());
        if (account != null) {
            refundable.add(account);
        }
        try {
            BucketProxy recipient = take(action, "recipient", caller.recipient(), limits.perRecipient());
            if (recipient != null) {
                refundable.add(recipient);
            }
        } catch (RateLimitedException e) {
            refundable.forEach(b -> b.addTokens(1));
            throw e;
        }
        return new Charge(List.copyOf(refundable));
    }

    private BucketProxy take(LimitedAction action, String kind, String key, Limit limit) {
        if (key == null || key.isBlank() || limit == null) {
            return null;
        }
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit.count()).refillGreedy(limit.count(), limit.period()))
                .build();
        BucketProxy bucket = buckets.builder()
                // settings changed (a restart with other limits): the stored bucket takes the new limit
                .withImplicitConfigurationReplacement(version(limit), TokensInheritanceStrategy.PROPORTIONALLY)
                .build(id(action.name() + '|' + kind + '|' + key), () -> configuration);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException((probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        }
        return bucket;
    }

    private static long version(Limit limit) {
        return (limit.count() * 31 + limit.period().toMillis()) & Long.MAX_VALUE;
    }

    static long id(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

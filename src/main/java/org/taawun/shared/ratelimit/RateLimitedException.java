package org.taawun.shared.ratelimit;

/** Too many requests: answered 429 with {@code Retry-After} (problem details for the API, the error page else). */
public class RateLimitedException extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super("too-many-requests");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

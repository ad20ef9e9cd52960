package org.taawun.shared.ratelimit;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;

/**
 * At most {@code count} calls per {@code period}, refilled smoothly; written {@code 30/1m} in settings ({@code s},
 * {@code m}, {@code h}, {@code d} as in Spring's durations).
 */
public record Limit(long count, Duration period) {

    public Limit {
        if (count < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a limit is a positive count per a positive period, like 30/1m");
        }
    }

    /** Parses {@code 30/1m}; used by the settings binder. */
    public static Limit valueOf(String text) {
        int slash = text.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("a limit is written count/period, like 30/1m: " + text);
        }
        return new Limit(
                Long.parseLong(text.substring(0, slash).trim()),
                DurationStyle.detectAndParse(text.substring(slash + 1).trim()));
    }

    @Override
    public String toString() {
        return count + "/" + DurationStyle.SIMPLE.print(period);
    }
}

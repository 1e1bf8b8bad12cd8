package io.orderhub.core.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How hard a connector tries one call before it gives the failure to its caller: exponential backoff with full
 * jitter (a random wait between zero and {@code baseDelay × 2^(retry-1)}, capped at {@code maxDelay}), never
 * shorter than the mall's Retry-After. A Retry-After longer than {@code maxRetryAfter} (a daily quota, a
 * maintenance closure) is not waited out: the failure goes up at once with the mall's wait, so the engine can
 * try the job again later instead of holding a thread for hours.
 *
 * @param maxRetries         retries after a timeout, an I/O failure or a 5xx (idempotent calls only)
 * @param maxThrottleRetries retries after a 429 (always safe: the mall did nothing)
 * @param baseDelay          the cap of the first backoff; doubles with each retry
 * @param maxDelay           the cap of any one backoff
 * @param maxRetryAfter      the longest Retry-After that is waited out
 * @param requestTimeout     how long one request may take before it counts as timed out
 */
public record RetryPolicy(int maxRetries, int maxThrottleRetries, Duration baseDelay, Duration maxDelay,
                          Duration maxRetryAfter, Duration requestTimeout) {

    /** What production connectors use. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, 8, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofSeconds(30));

    private static final int MAX_SHIFT = 20;

    public RetryPolicy {
        if (maxRetries < 0 || maxThrottleRetries < 0) {
            throw new IllegalArgumentException("retry counts must not be negative");
        }
        for (Duration d : new Duration[] {baseDelay, maxDelay, maxRetryAfter, requestTimeout}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("delays must be given and not negative");
            }
        }
        if (requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
    }

    /** The same policy with another request timeout. */
    public RetryPolicy withRequestTimeout(Duration timeout) {
        return new RetryPolicy(maxRetries, maxThrottleRetries, baseDelay, maxDelay, maxRetryAfter, timeout);
    }

    /** The largest backoff of retry number {@code retry} (1 = the first retry). */
    public Duration backoffCap(int retry) {
        long base = baseDelay.toNanos();
        int shift = Math.min(Math.max(retry, 1) - 1, MAX_SHIFT);
        long cap = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
        return Duration.ofNanos(Math.min(cap, maxDelay.toNanos()));
    }

    /** Full jitter: uniformly between zero and {@link #backoffCap(int)}. */
    public Duration backoff(int retry) {
        long cap = backoffCap(retry).toNanos();
        return Duration.ofNanos(cap == 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1));
    }

    /**
     * The wait before retry number {@code retry}: the backoff, but at least the mall's {@code retryAfter}
     * (null when it gave none).
     */
    public Duration delay(int retry, Duration retryAfter) {
        Duration backoff = backoff(retry);
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }

    /** Whether a wait the mall asked for is short enough to wait out here. */
    public boolean waitsOut(Duration retryAfter) {
        return retryAfter == null || retryAfter.compareTo(maxRetryAfter) <= 0;
    }

    /**
     * A {@code Retry-After} value: seconds (Shopify sends {@code 2.0}) or an HTTP date. Null when absent or
     * unreadable; never negative.
     */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            double seconds = Double.parseDouble(v);
            if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
                return null;
            }
            return Duration.ofMillis((long) Math.ceil(Math.max(0, Math.min(seconds, 86_400 * 7)) * 1000));
        } catch (NumberFormatException e) {
            // not a number: an HTTP date?
        }
        try {
            Duration d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

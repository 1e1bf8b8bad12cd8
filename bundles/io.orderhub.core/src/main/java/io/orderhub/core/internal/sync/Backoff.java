package io.orderhub.core.internal.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Engine-level retries of a mall call that failed transiently (UNAVAILABLE, RATE_LIMITED): exponential backoff
 * with full jitter (a random wait between 0 and {@code base * 2^(attempt-1)}, at most {@code cap}), but never
 * shorter than what the mall asked for in Retry-After (itself bounded by {@code maxRetryAfter}, so one odd
 * header cannot park a job for an hour).
 *
 * @param maxAttempts calls in all, the first included; 1 means no retry
 */
record Backoff(int maxAttempts, Duration base, Duration cap, Duration maxRetryAfter, DoubleSupplier random) {

    /** Waits; tests pass one that only records. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    static final Backoff DEFAULT = of(4, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(120));

    Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more, was " + maxAttempts);
        }
        if (base.isNegative() || cap.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    static Backoff of(int maxAttempts, Duration base, Duration cap, Duration maxRetryAfter) {
        return new Backoff(maxAttempts, base, cap, maxRetryAfter, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first call). */
    Duration delay(int attempt, Duration retryAfter) {
        long ceiling = base.toMillis();
        for (int i = 1; i < attempt && ceiling < cap.toMillis(); i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, cap.toMillis());
        long jittered = (long) (random.getAsDouble() * ceiling);
        long asked = retryAfter == null || retryAfter.isNegative() ? 0
                : Math.min(retryAfter.toMillis(), maxRetryAfter.toMillis());
        return Duration.ofMillis(Math.max(jittered, asked));
    }
}

package io.orderhub.connector.shopserve.internal.client;

import java.time.Duration;

/**
 * How the client handles 429: waits the mall's {@code Retry-After} (at most {@code maxWait}) and tries again
 * up to {@code maxRetries} times before giving up with RATE_LIMITED.
 */
public record RetryPolicy(int maxRetries, Duration maxWait, Duration requestTimeout) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(60), Duration.ofSeconds(30));
}

package io.orderhub.connector.shopify.internal.client;

import java.time.Duration;

/**
 * How hard the client tries. 429 is always safe to retry (Shopify did nothing); 5xx and timeouts are retried
 * for reads only, because a repeated create could fulfil twice.
 *
 * @param throttleRetries   429 answers tolerated for one call
 * @param serverRetries     5xx answers or I/O failures tolerated for one read
 * @param backoff           first wait after a 5xx; doubles each time
 * @param maxRetryAfter     upper bound of one Retry-After wait
 * @param requestTimeout    per request
 */
public record RetryPolicy(int throttleRetries, int serverRetries, Duration backoff, Duration maxRetryAfter,
                          Duration requestTimeout) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(10, 3, Duration.ofMillis(500), Duration.ofSeconds(60),
            Duration.ofSeconds(30));
}

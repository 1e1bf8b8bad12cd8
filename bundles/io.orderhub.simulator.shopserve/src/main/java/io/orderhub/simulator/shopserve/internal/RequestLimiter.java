package io.orderhub.simulator.shopserve.internal;

/**
 * The shop's assumed limit of N requests per second: a token bucket holding one second's worth of requests
 * (at least one) that refills continuously. A request finding it empty is refused.
 */
public final class RequestLimiter {

    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long lastNanos;

    public RequestLimiter(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be positive");
        }
        this.perSecond = perSecond;
        this.capacity = Math.max(1, perSecond);
        this.tokens = capacity;
        this.lastNanos = System.nanoTime();
    }

    /** @return 0 when admitted, otherwise the seconds to wait before a token is there */
    public synchronized double tryTake(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastNanos) / 1e9 * perSecond);
        lastNanos = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (1 - tokens) / perSecond;
    }
}

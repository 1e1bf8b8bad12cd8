package io.orderhub.core.spi;

/**
 * A mall's published request limit for one shop: a bucket of {@code burst} calls that drains at
 * {@code perSecond}. A plain "N per second" limit is a bucket of one ({@link #perSecond(double)}); Shopify's
 * REST limit is a bucket of 40 draining 2 per second ({@link #bucket(int, double)}).
 *
 * @param burst     calls the mall takes back to back before the rate applies (at least 1)
 * @param perSecond the sustained rate the mall allows
 */
public record RateLimit(int burst, double perSecond) {

    public RateLimit {
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1: " + burst);
        }
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("perSecond must be positive: " + perSecond);
        }
    }

    /** At most {@code perSecond} calls in any second, spaced evenly. */
    public static RateLimit perSecond(double perSecond) {
        return new RateLimit(1, perSecond);
    }

    /** A leaky bucket of {@code size} calls draining {@code leakPerSecond}. */
    public static RateLimit bucket(int size, double leakPerSecond) {
        return new RateLimit(size, leakPerSecond);
    }
}

package io.orderhub.simulator.shopify.internal;

/**
 * Shopify's REST limit: every request pours one unit into a bucket of {@code size} that leaks
 * {@code leakPerSecond}; a request that would overflow it is refused.
 */
public final class LeakyBucket {

    /** The answer to one request: admitted with the level to report, or refused with the wait. */
    public record Decision(boolean admitted, int level, double retryAfterSeconds) {
    }

    private final int size;
    private final double leakPerNano;
    private double level;
    private long lastNanos;
    private double maxLevel;

    public LeakyBucket(int size, double leakPerSecond) {
        if (size < 1 || leakPerSecond <= 0) {
            throw new IllegalArgumentException("bucket size and leak rate must be positive");
        }
        this.size = size;
        this.leakPerNano = leakPerSecond / 1e9;
        this.lastNanos = System.nanoTime();
    }

    public synchronized Decision tryTake(long nowNanos) {
        level = Math.max(0, level - (nowNanos - lastNanos) * leakPerNano);
        lastNanos = nowNanos;
        if (level + 1 > size + 1e-9) {
            double wait = (level + 1 - size) / (leakPerNano * 1e9);
            return new Decision(false, size, wait);
        }
        level += 1;
        maxLevel = Math.max(maxLevel, level);
        return new Decision(true, (int) Math.ceil(level - 1e-9), 0);
    }

    public int size() {
        return size;
    }

    /** The highest fill level any admitted request reached; never above {@link #size()}. */
    public synchronized double maxLevel() {
        return maxLevel;
    }

    public synchronized void resetMax() {
        maxLevel = level;
    }
}

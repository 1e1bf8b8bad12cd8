package io.orderhub.connector.shopify.internal.client;

/**
 * The client's copy of Shopify's leaky bucket for one shop, shared by the account's import and export. A call
 * waits until it fits, so the shop's own bucket never overflows. One unit of headroom is kept because the
 * shop measures arrival times, which jitter against our send times.
 */
public final class RateLimiter {

    private final int capacity;
    private final double leakPerNano;
    private double level;
    private long lastNanos = System.nanoTime();

    public RateLimiter(int bucketSize, double leakPerSecond) {
        if (bucketSize < 1 || !(leakPerSecond > 0)) {
            throw new IllegalArgumentException("bucket size and leak rate must be positive");
        }
        this.capacity = Math.max(1, bucketSize - 1);
        this.leakPerNano = leakPerSecond / 1e9;
    }

    /** Blocks until one more call fits into the bucket, then counts it. */
    public void acquire() throws InterruptedException {
        while (true) {
            long waitNanos;
            synchronized (this) {
                leak();
                if (level + 1 <= capacity + 1e-9) {
                    level += 1;
                    return;
                }
                waitNanos = (long) Math.ceil((level + 1 - capacity) / leakPerNano);
            }
            Thread.sleep(Math.max(1, (waitNanos + 999_999) / 1_000_000));
        }
    }

    /** Takes the shop's own count ({@code X-Shopify-Shop-Api-Call-Limit}) when it is ahead of ours. */
    public synchronized void observe(int used) {
        leak();
        level = Math.max(level, used);
    }

    /** The shop said 429: treat the bucket as full. */
    public synchronized void full() {
        leak();
        level = Math.max(level, capacity);
    }

    private void leak() {
        long now = System.nanoTime();
        level = Math.max(0, level - (now - lastNanos) * leakPerNano);
        lastNanos = now;
    }
}

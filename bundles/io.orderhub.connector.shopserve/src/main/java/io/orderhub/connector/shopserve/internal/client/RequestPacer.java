package io.orderhub.connector.shopserve.internal.client;

/**
 * Keeps at least {@code 1/perSecond} between two requests of one account, import and export together,
 * so that the shop's limit is not hit in the first place.
 */
public final class RequestPacer {

    private final long intervalNanos;
    private long next;

    public RequestPacer(int perSecond) {
        this.intervalNanos = 1_000_000_000L / perSecond;
        this.next = System.nanoTime();
    }

    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, next);
            next = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}

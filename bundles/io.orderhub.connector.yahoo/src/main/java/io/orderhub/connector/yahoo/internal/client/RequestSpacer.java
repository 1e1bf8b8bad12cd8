package io.orderhub.connector.yahoo.internal.client;

/**
 * Keeps calls at least {@code 1/rate} seconds apart, across every thread of one account: Yahoo!'s own limit is
 * per application and day, and public clients keep one store at about one call a second.
 */
public final class RequestSpacer {

    private final long spacingNanos;
    private long next;

    public RequestSpacer(int perSecond) {
        this.spacingNanos = 1_000_000_000L / perSecond;
        this.next = System.nanoTime();
    }

    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, next);
            next = slot + spacingNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
        }
    }
}

package io.orderhub.connector.dshopping.internal.transport;

import java.time.Duration;

/**
 * Spaces an account's calls evenly at the mall's per-second limit, shared by import and export; a 429 pushes
 * the next call back by the wait the mall asked for.
 */
public final class Pacer {

    private final long intervalNanos;
    private long nextNanos = System.nanoTime();

    public Pacer(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("perSecond must be positive");
        }
        this.intervalNanos = (long) Math.ceil(1e9 / perSecond);
    }

    /** Blocks until the next call may go, then reserves its slot. */
    public void acquire() throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextNanos);
            nextNanos = slot + intervalNanos;
            waitNanos = slot - now;
        }
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }

    /** The mall said to wait: no call before {@code wait} from now. */
    public synchronized void pause(Duration wait) {
        nextNanos = Math.max(nextNanos, System.nanoTime() + wait.toNanos());
    }
}

package io.orderhub.core.spi;

/**
 * The calls one shop account may still make, shared by everything that calls the mall for it (import and
 * export, and every thread of either), so that all of them together stay inside the mall's {@link RateLimit}.
 *
 * <p>Modelled as the mall's own leaky bucket, seen from our side, with two safety margins: the bucket is
 * drained {@value #MARGIN} times slower than the mall drains it, and a bucket of more than one call keeps as
 * headroom what the mall drains in {@link #JITTER_NANOS} (at least one call). Both absorb the difference between
 * when we send and when the mall counts arrival (network and scheduler jitter): without them a call spaced
 * exactly 1/rate after the previous one is refused whenever it arrives a millisecond early. A bucket of one call
 * has no room for headroom; there a call counts again from its answer ({@link #answered(long)}). A 429
 * nonetheless (another application on the same shop, a mall that counts
 * differently) empties our allowance until the mall's Retry-After and slows the drain by
 * {@value #SLOWDOWN_STEP} per refusal, up to {@value #MAX_SLOWDOWN} times; each admitted call then recovers a
 * little of that, so a steady run settles just below the mall's limit.
 *
 * <p>Thread-safe. Get an account's instance from {@link #forAccount}, so that every component of the account,
 * and the next incarnation of it after a reconfiguration, share one budget.
 */
public final class RateBudget {

    /** How much slower than the mall our copy of the bucket drains. */
    public static final double MARGIN = 1.04;
    static final double SLOWDOWN_STEP = 1.25;
    static final double MAX_SLOWDOWN = 2.0;
    /**
     * How much later than the one after it a call may reach the mall on a loaded machine; a bucket keeps what the
     * mall drains in this time as headroom.
     */
    static final long JITTER_NANOS = 20_000_000L;
    /** Recovery per admitted call after a slow-down: back to full speed after ~100 calls without a 429. */
    static final double RECOVERY = 0.995;
    /** A call never answered (a caller that forgot {@link #answered(long)}) stops holding the others back after this. */
    static final long MAX_IN_FLIGHT_NANOS = 120_000_000_000L;

    private static final java.util.concurrent.ConcurrentMap<String, RateBudget> ACCOUNTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Time and waiting, replaceable so that tests need no wall clock. */
    interface Ticker {
        long nanoTime();

        /** Waits on {@code monitor} (held by the caller) for at most {@code nanos} (positive), or until notified. */
        void await(Object monitor, long nanos) throws InterruptedException;
    }

    static final Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void await(Object monitor, long nanos) throws InterruptedException {
            long millis = nanos / 1_000_000L;
            int rest = (int) (nanos - millis * 1_000_000L);
            if (nanos > 0 && millis == 0 && rest == 0) {
                rest = 1;
            }
            monitor.wait(millis, rest);
        }
    };

    private final Ticker ticker;
    private RateLimit limit;
    private double capacity;
    private double level;
    private long lastNanos;
    private long pausedUntilNanos;
    private double slowdown = 1.0;
    private long throttled;
    /** For a one-call bucket: the call on its way, if any, and since when. */
    private boolean inFlight;
    private long inFlightSince;

    public RateBudget(RateLimit limit) {
        this(limit, SYSTEM);
    }

    RateBudget(RateLimit limit, Ticker ticker) {
        this.ticker = ticker;
        this.lastNanos = ticker.nanoTime();
        this.pausedUntilNanos = lastNanos;
        reconfigure(limit);
    }

    /**
     * The budget of one shop account of one mall, created on first use and kept for the life of the core
     * bundle: an account's import and export get the same instance, and so does the account's next component
     * after a configuration change (with the new limit). A different limit reconfigures the shared instance.
     */
    public static RateBudget forAccount(String mallId, String accountId, RateLimit limit) {
        RateBudget budget = ACCOUNTS.computeIfAbsent(mallId + "/" + accountId, k -> new RateBudget(limit));
        budget.reconfigure(limit);
        return budget;
    }

    /** Takes a new limit; calls already counted stay counted. */
    public synchronized void reconfigure(RateLimit newLimit) {
        java.util.Objects.requireNonNull(newLimit, "limit");
        if (newLimit.equals(limit)) {
            return;
        }
        if (limit != null) {
            leak(ticker.nanoTime());
        }
        limit = newLimit;
        capacity = newLimit.burst() > 1 ? Math.max(1, newLimit.burst() - headroom(newLimit)) : 1;
        level = Math.min(level, capacity);
    }

    /** Calls the mall drains in {@link #JITTER_NANOS}, at least one. */
    private static int headroom(RateLimit limit) {
        return Math.max(1, (int) Math.ceil(limit.perSecond() * JITTER_NANOS / 1e9));
    }

    public synchronized RateLimit limit() {
        return limit;
    }

    /**
     * Blocks until one more call fits, then counts it.
     *
     * @return when the call was counted, for {@link #answered(long)}
     */
    public synchronized long acquire() throws InterruptedException {
        while (true) {
            long now = ticker.nanoTime();
            leak(now);
            long waitNanos;
            if (inFlight && now - inFlightSince < MAX_IN_FLIGHT_NANOS) {
                // until the call on its way is answered (answered() notifies), or gives up holding the others
                waitNanos = MAX_IN_FLIGHT_NANOS - (now - inFlightSince);
            } else if (now - pausedUntilNanos < 0) {
                waitNanos = pausedUntilNanos - now;
            } else if (level + 1 <= capacity + 1e-9) {
                level += 1;
                slowdown = Math.max(1.0, slowdown * RECOVERY);
                inFlight = oneAtATime();
                inFlightSince = now;
                return now;
            } else {
                waitNanos = Math.max(1, (long) Math.ceil((level + 1 - capacity) / drainPerNano()));
            }
            ticker.await(this, waitNanos);
        }
    }

    /**
     * A plain per-second limit (a bucket of one) has no headroom for jitter: there one call at a time is on its
     * way, and the next leaves a whole interval after its answer ({@link #answered(long)}), so it cannot reach the
     * mall less than an interval after the previous one — whichever thread sends it.
     */
    private boolean oneAtATime() {
        return limit.burst() == 1;
    }

    /**
     * The call counted at {@code acquiredAt} has been answered (or failed). For a bucket of one call, the mall
     * counted it somewhere between the two moments; counting it again from the answer, as if it had been poured
     * into the bucket only now, makes the next call of a sequential caller leave a whole interval after the mall
     * saw this one — however long this one took to arrive (a loaded machine can hold a request back for tens of
     * milliseconds, enough for a call spaced exactly 1/rate to arrive early). It costs the call's latency per
     * interval. A larger bucket has its headroom for that instead and is not charged the latency: at 200 calls/s
     * a 2 ms answer would cost 40 % of the rate.
     */
    public synchronized void answered(long acquiredAt) {
        long now = ticker.nanoTime();
        leak(now);
        if (oneAtATime()) {
            double drainedSince = Math.max(0, now - acquiredAt) * drainPerNano();
            level = Math.min(capacity, level + Math.min(1.0, drainedSince));
        }
        if (inFlight && inFlightSince == acquiredAt) {
            inFlight = false;
        }
        notifyAll();
    }

    /**
     * The mall refused a call for its rate (429): no call leaves before {@code retryAfter} (or one drain
     * interval when the mall gave none), and the drain slows down.
     */
    public synchronized void throttled(java.time.Duration retryAfter) {
        throttled(retryAfter, null);
    }

    /**
     * As {@link #throttled(java.time.Duration)}, holding calls back for at most {@code maxPause} (null: no
     * bound): a mall that asks for hours (a daily quota) must not freeze the account's other calls here.
     */
    public synchronized void throttled(java.time.Duration retryAfter, java.time.Duration maxPause) {
        long now = ticker.nanoTime();
        leak(now);
        throttled++;
        level = capacity;
        slowdown = Math.min(MAX_SLOWDOWN, slowdown * SLOWDOWN_STEP);
        long pause = retryAfter == null || retryAfter.isNegative() ? 0 : retryAfter.toNanos();
        if (maxPause != null) {
            pause = Math.min(pause, maxPause.toNanos());
        }
        long until = now + Math.max(pause, (long) (1 / drainPerNano()));
        if (until - pausedUntilNanos > 0) {
            pausedUntilNanos = until;
        }
        notifyAll();
    }

    /** The mall reported how full its bucket is (Shopify's call-limit header): take it when it is ahead of ours. */
    public synchronized void observe(int used) {
        leak(ticker.nanoTime());
        level = Math.min(Math.max(level, used), limit.burst());
    }

    /** How many 429s this budget was told about. */
    public synchronized long throttledCount() {
        return throttled;
    }

    /** The factor the drain is currently slowed by after 429s (1 = none). */
    public synchronized double slowdown() {
        return slowdown;
    }

    private double drainPerNano() {
        return limit.perSecond() / (MARGIN * slowdown) / 1e9;
    }

    private void leak(long now) {
        level = Math.max(0, level - (now - lastNanos) * drainPerNano());
        lastNanos = now;
    }
}

package io.orderhub.simulator.dshopping.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The partner code's two limits: at most {@code perSecond} requests per second (requests are spaced evenly)
 * and at most {@code perDay} per calendar day in Japan. A refused request does not count.
 */
public final class RateGate {

    private final long intervalNanos;
    private final int perDay;
    private final Clock clock;
    private final ZoneId zone;
    private long lastNanos = Long.MIN_VALUE;
    private LocalDate day;
    private int usedToday;

    public RateGate(double perSecond, int perDay, Clock clock, ZoneId zone) {
        if (!(perSecond > 0) || perDay < 1) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
        this.intervalNanos = (long) (1e9 / perSecond);
        this.perDay = perDay;
        this.clock = clock;
        this.zone = zone;
    }

    /** Null when the request may pass (and is counted), otherwise how long the caller must wait. */
    public synchronized Duration admit() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!today.equals(day)) {
            day = today;
            usedToday = 0;
        }
        if (usedToday >= perDay) {
            return Duration.between(clock.instant(), today.plusDays(1).atStartOfDay(zone).toInstant());
        }
        long now = System.nanoTime();
        if (lastNanos != Long.MIN_VALUE && now - lastNanos < intervalNanos) {
            return Duration.ofNanos(intervalNanos - (now - lastNanos));
        }
        lastNanos = now;
        usedToday++;
        return null;
    }

    public synchronized int usedToday() {
        return usedToday;
    }
}

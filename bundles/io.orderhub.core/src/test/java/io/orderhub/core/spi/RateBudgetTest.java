package io.orderhub.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The budget against a fake clock: when each call is let through, never how long anything took. */
public class RateBudgetTest {

    private static final long SECOND = 1_000_000_000L;

    /** A clock that only moves when the budget sleeps. */
    static final class FakeTicker implements RateBudget.Ticker {
        long now = 1_000 * SECOND;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void await(Object monitor, long nanos) {
            if (nanos <= 0 || nanos > 100 * SECOND) {
                throw new IllegalStateException("would wait for another thread's call to be answered");
            }
            now += nanos;
        }
    }

    private static List<Long> admissions(RateBudget budget, FakeTicker t, int calls) throws InterruptedException {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            budget.answered(budget.acquire()); // answered at once
            times.add(t.now);
        }
        return times;
    }

    @Test
    public void aPerSecondLimitSpacesCallsSlightlyWiderThanOneOverTheRate() throws InterruptedException {
        FakeTicker t = new FakeTicker();
        RateBudget budget = new RateBudget(RateLimit.perSecond(1), t);
        List<Long> times = admissions(budget, t, 20);
        for (int i = 1; i < times.size(); i++) {
            long gap = times.get(i) - times.get(i - 1);
            assertThat(gap).isGreaterThanOrEqualTo(SECOND)
                    .isLessThanOrEqualTo((long) (SECOND * RateBudget.MARGIN) + 2);
        }
    }

    @Test
    public void aSlowCallPushesTheNextOneAWholeIntervalPastItsAnswer() throws InterruptedException {
        FakeTicker t = new FakeTicker();
        RateBudget budget = new RateBudget(RateLimit.perSecond(1), t);
        long counted = budget.acquire();
        t.now += 300_000_000L; // held back on its way, answered 0.3 s later
        long answeredAt = t.now;
        budget.answered(counted);
        budget.acquire();
        assertThat(t.now - answeredAt).as("the mall may have counted the first call only just before answering")
                .isGreaterThanOrEqualTo(SECOND);
    }

    /** Two threads, one account at 1 call/s: the second call leaves only a whole interval after the first's answer. */
    @Test
    public void atAPerSecondLimitOneCallIsOnItsWayAtATime() throws Exception {
        RateBudget budget = new RateBudget(RateLimit.perSecond(1000));
        long first = budget.acquire();
        java.util.concurrent.CompletableFuture<Long> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return budget.acquire();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertThat(second).as("held back while the first call is on its way").isNotDone();
        budget.answered(first);
        assertThat(second.get(10, java.util.concurrent.TimeUnit.SECONDS)).isGreaterThan(first);
    }

    @Test
    public void aBucketLetsTheBurstThroughThenDrainsSlowerThanTheMall() throws InterruptedException {
        FakeTicker t = new FakeTicker();
        RateBudget budget = new RateBudget(RateLimit.bucket(40, 2), t);
        long start = t.now;
        List<Long> times = admissions(budget, t, 139);
        // one unit of headroom: 39 at once, then 2 per second slowed by the margin
        assertThat(times.subList(0, 39)).allMatch(x -> x == start);
        assertThat(times.get(39)).isGreaterThan(start);
        // the mall's own bucket (40, 2/s) would never overflow: replay the admissions against it
        double level = 0;
        long last = start;
        for (long x : times) {
            level = Math.max(0, level - (x - last) * 2.0 / SECOND);
            last = x;
            level += 1;
            assertThat(level).isLessThanOrEqualTo(40.0);
        }
    }

    /**
     * A sequential caller whose calls take 3 ms each, against a bucket of 40 at 200 calls/s: the latency is not
     * charged (it would cost 40 % of the rate), and with every call arriving up to 20 ms late, at random, the
     * mall's own bucket still never overflows.
     */
    @Test
    public void aFastBucketKeepsItsRateWhateverTheLatencyAndNeverOverflowsTheMallsBucket() throws InterruptedException {
        FakeTicker t = new FakeTicker();
        RateBudget budget = new RateBudget(RateLimit.bucket(40, 200), t);
        long start = t.now;
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            long counted = budget.acquire();
            sent.add(t.now);
            t.now += 3_000_000L; // the answer
            budget.answered(counted);
        }
        double perSecond = (sent.size() - 40) / ((sent.get(sent.size() - 1) - start) / (double) SECOND);
        assertThat(perSecond).isGreaterThan(200 / RateBudget.MARGIN * 0.99).isLessThanOrEqualTo(200.0);

        java.util.Random random = new java.util.Random(42);
        List<Long> arrivals = sent.stream().map(x -> x + (long) (random.nextDouble() * RateBudget.JITTER_NANOS))
                .sorted().toList();
        double level = 0;
        long last = arrivals.get(0);
        for (long x : arrivals) {
            level = Math.max(0, level - (x - last) * 200.0 / SECOND);
            last = x;
            level += 1;
            assertThat(level).isLessThanOrEqualTo(40.0);
        }
    }

    @Test
    public void aRefusalHoldsEveryCallBackUntilRetryAfterAndSlowsTheAccountDown() throws InterruptedException {
        FakeTicker t = new FakeTicker();
        RateBudget budget = new RateBudget(RateLimit.perSecond(2), t);
        budget.answered(budget.acquire());
        long refusedAt = t.now;
        budget.throttled(Duration.ofSeconds(3));
        budget.answered(budget.acquire());
        assertThat(t.now - refusedAt).isGreaterThanOrEqualTo(3 * SECOND);
        assertThat(budget.slowdown()).isGreaterThan(1.0);
        assertThat(budget.throttledCount()).isEqualTo(1);
        long before = t.now;
        budget.answered(budget.acquire());
        assertThat(t.now - before).isGreaterThan((long) (SECOND / 2 * RateBudget.MARGIN));
        // recovers once calls go through again
        admissions(budget, t, 300);
        assertThat(budget.slowdown()).isEqualTo(1.0);
    }

    @Test
    public void aLongRetryAfterIsCappedSoTheAccountIsNotFrozenForHours() throws InterruptedException {
        FakeTicker t = new FakeTicker();
        RateBudget budget = new RateBudget(RateLimit.perSecond(1), t);
        long at = t.now;
        budget.throttled(Duration.ofHours(6), Duration.ofSeconds(60));
        budget.acquire();
        assertThat(t.now - at).isBetween(60 * SECOND, 61 * SECOND);
    }

    @Test
    public void theMallsOwnCountIsTakenWhenAheadOfOurs() throws InterruptedException {
        FakeTicker t = new FakeTicker();
        RateBudget budget = new RateBudget(RateLimit.bucket(40, 2), t);
        budget.observe(39);
        long at = t.now;
        budget.acquire();
        assertThat(t.now).isGreaterThan(at);
    }

    @Test
    public void oneAccountHasOneBudgetAcrossComponentsAndReconfigurations() {
        RateBudget a = RateBudget.forAccount("testmall", "acc-1", RateLimit.perSecond(1));
        RateBudget b = RateBudget.forAccount("testmall", "acc-1", RateLimit.perSecond(1));
        RateBudget other = RateBudget.forAccount("testmall", "acc-2", RateLimit.perSecond(1));
        assertThat(b).isSameAs(a);
        assertThat(other).isNotSameAs(a);
        RateBudget changed = RateBudget.forAccount("testmall", "acc-1", RateLimit.perSecond(5));
        assertThat(changed).isSameAs(a);
        assertThat(a.limit()).isEqualTo(RateLimit.perSecond(5));
    }

    @Test
    public void limitsMustBePositive() {
        assertThatThrownBy(() -> RateLimit.perSecond(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.bucket(0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}

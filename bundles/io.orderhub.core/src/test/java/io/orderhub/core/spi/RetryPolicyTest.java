package io.orderhub.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;

public class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, 8, Duration.ofMillis(500), Duration.ofSeconds(5),
            Duration.ofSeconds(60), Duration.ofSeconds(30));

    @Test
    public void backoffDoublesUpToTheCapAndIsFullyJittered() {
        assertThat(policy.backoffCap(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoffCap(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffCap(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoffCap(5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoffCap(200)).isEqualTo(Duration.ofSeconds(5));
        boolean belowHalf = false;
        for (int i = 0; i < 200; i++) {
            Duration d = policy.backoff(3);
            assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(2));
            belowHalf |= d.compareTo(Duration.ofSeconds(1)) < 0;
        }
        assertThat(belowHalf).as("full jitter spreads over the whole range").isTrue();
    }

    @Test
    public void theMallsRetryAfterIsAFloor() {
        for (int i = 0; i < 50; i++) {
            assertThat(policy.delay(1, Duration.ofSeconds(2))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
        assertThat(policy.waitsOut(Duration.ofSeconds(60))).isTrue();
        assertThat(policy.waitsOut(Duration.ofHours(5))).isFalse();
        assertThat(policy.waitsOut(null)).isTrue();
    }

    @Test
    public void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(RetryPolicy.parseRetryAfter("2.0", now)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryPolicy.parseRetryAfter(" 0.2 ", now)).isEqualTo(Duration.ofMillis(200));
        assertThat(RetryPolicy.parseRetryAfter("Mon, 23 Nov 2026 10:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.parseRetryAfter("Mon, 23 Nov 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("-3", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("soon", now)).isNull();
        assertThat(RetryPolicy.parseRetryAfter(null, now)).isNull();
    }
}

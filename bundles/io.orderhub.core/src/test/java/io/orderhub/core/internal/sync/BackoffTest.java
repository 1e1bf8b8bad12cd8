package io.orderhub.core.internal.sync;

import org.junit.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class BackoffTest {

    private static Backoff withRandom(double r) {
        return new Backoff(5, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(30), () -> r);
    }

    @Test
    public void theCeilingDoublesPerAttemptUpToTheCapAndTheJitterIsBelowIt() {
        Backoff top = withRandom(0.999_999);
        assertThat(top.delay(1, null)).isEqualTo(Duration.ofMillis(99));
        assertThat(top.delay(2, null)).isEqualTo(Duration.ofMillis(199));
        assertThat(top.delay(3, null)).isEqualTo(Duration.ofMillis(399));
        assertThat(top.delay(5, null)).isEqualTo(Duration.ofMillis(999));
        assertThat(top.delay(40, null)).as("capped, no overflow").isEqualTo(Duration.ofMillis(999));
        assertThat(withRandom(0).delay(3, null)).as("full jitter: may be no wait at all").isZero();
    }

    @Test
    public void retryAfterIsHonouredButBounded() {
        Backoff b = withRandom(0.5);
        assertThat(b.delay(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
        assertThat(b.delay(1, Duration.ofMillis(10))).as("the jitter when longer").isEqualTo(Duration.ofMillis(50));
        assertThat(b.delay(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    public void attemptsMustBeOneOrMore() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, () -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    }
}

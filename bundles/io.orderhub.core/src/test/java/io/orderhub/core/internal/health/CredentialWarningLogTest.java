package io.orderhub.core.internal.health;

import io.orderhub.core.spi.Credential;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

public class CredentialWarningLogTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    /** A clock a test moves. */
    private static final class MovableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(NOW);
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    }

    @Test
    public void warnsFourteenDaysAheadOnceADayPerCredential() {
        MovableClock clock = new MovableClock();
        HealthFixtures fixtures = new HealthFixtures();
        AccountHealthService health = new AccountHealthService(fixtures, fixtures.tracker, clock);
        CredentialWarningLog log = new CredentialWarningLog(health, clock);
        fixtures.credentials.add(Credential.valid("publicKey", "公開鍵", NOW.plus(Duration.ofDays(14)).plusSeconds(3600)));

        assertThat(log.warnDue()).as("15 days minus an hour: not yet").isEmpty();
        clock.now.set(NOW.plus(Duration.ofHours(2)));
        assertThat(log.warnDue()).singleElement().asString().contains("shop").contains("公開鍵").contains("EXPIRING");
        clock.now.set(NOW.plus(Duration.ofHours(3)));
        assertThat(log.warnDue()).as("the next hourly tick of the same day").isEmpty();
        clock.now.set(NOW.plus(Duration.ofDays(1)));
        assertThat(log.warnDue()).as("the next day").hasSize(1);
    }
}

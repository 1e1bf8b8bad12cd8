package io.orderhub.core.internal.health;

import io.orderhub.core.service.AccountHealth;
import io.orderhub.core.service.ApiOption;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

public class AccountHealthServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final Instant NEXT = NOW.plusSeconds(600);

    private HealthFixtures fixtures;
    private AccountHealthService health;

    @Before
    public void setUp() {
        fixtures = new HealthFixtures();
        health = new AccountHealthService(fixtures, fixtures.tracker, Clock.fixed(NOW, ZoneOffset.UTC));
        health.setApiOption(accountId -> NEXT);
    }

    @Test
    public void aCredentialFifteenDaysFromExpiryIsValidAndFourteenDaysAheadIsWarned() {
        fixtures.credentials.add(Credential.valid("publicKey", "公開鍵", NOW.plus(Duration.ofDays(15))));
        assertThat(health.health("shop").credentials()).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(Credential.State.VALID));
        assertThat(health.health("shop").warnings()).isEmpty();

        fixtures.credentials.set(0, Credential.valid("publicKey", "公開鍵", NOW.plus(Duration.ofDays(13))));
        AccountHealth h = health.health("shop");
        assertThat(h.credentials().get(0).state()).isEqualTo(Credential.State.EXPIRING);
        assertThat(h.warnings()).singleElement().asString().contains("公開鍵").contains("13");
        assertThat(h.automation().paused()).isFalse();
        assertThat(h.automation().nextRun()).isEqualTo(NEXT);
    }

    @Test
    public void anExpiredCredentialPausesAutomaticRuns() {
        fixtures.credentials.add(Credential.valid("refreshToken", "リフレッシュトークン", NOW.minusSeconds(1)));
        AccountHealth h = health.health("shop");
        assertThat(h.credentials().get(0).state()).isEqualTo(Credential.State.EXPIRED);
        assertThat(h.automation().paused()).isTrue();
        assertThat(h.automation().reason()).contains("リフレッシュトークン");
        assertThat(h.automation().nextRun()).isNull();
    }

    @Test
    public void aRejectedCredentialPausesAutomaticRunsUntilTheStatusRecovers() {
        fixtures.status = new ConnectionStatus(ConnectionStatus.State.CREDENTIAL_REJECTED, "401 Invalid API key");
        AccountHealth h = health.health("shop");
        assertThat(h.automation().paused()).isTrue();
        assertThat(h.automation().reason()).contains("認証情報が拒否されました").contains("401 Invalid API key");
        assertThat(h.warnings()).isNotEmpty();

        fixtures.status = ConnectionStatus.online();
        assertThat(health.health("shop").automation().paused()).isFalse();
    }

    @Test
    public void c1_switchesStayOnWithoutTheOptionButHealthSaysTheyAreIdle() {
        health.setApiOption(null);
        AccountHealth h = health.health("shop");
        assertThat(h.automation().autoExport()).isTrue();
        assertThat(h.automation().optionInstalled()).isFalse();
        assertThat(h.automation().paused()).isTrue();
        assertThat(h.automation().reason()).contains(ApiOption.FEATURE);
    }

    @Test
    public void anAccountWithAllSwitchesOffIsNeverPaused() {
        fixtures.settings.put("autoExport", false);
        fixtures.status = new ConnectionStatus(ConnectionStatus.State.CREDENTIAL_REJECTED, "bad");
        assertThat(health.health("shop").automation().paused()).isFalse();
        assertThat(health.health("shop").warnings()).isNotEmpty();
    }
}

package io.orderhub.connector.dshopping.internal;

import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import org.junit.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class DShoppingCredentialsTest {

    @Test
    public void theApiPasswordExpiresNinetyDaysAfterItWasChanged() {
        Credential c = DShoppingCredentials.report(Map.of("apiPasswordChangedOn", "2026-10-01"), ConnectionStatus.online()).get(0);
        assertThat(c.name()).isEqualTo("apiPassword");
        assertThat(c.expiresAt()).isEqualTo(Instant.parse("2026-12-29T15:00:00Z"));
        assertThat(c.state()).isEqualTo(Credential.State.VALID);
    }

    @Test
    public void authExpiredRejectsItAndAnUnknownChangeDateSaysWhatToEnter() {
        Credential rejected = DShoppingCredentials.report(Map.of(), new ConnectionStatus(
                ConnectionStatus.State.CREDENTIAL_REJECTED, "401 AUTH_EXPIRED")).get(0);
        assertThat(rejected.state()).isEqualTo(Credential.State.REJECTED);
        assertThat(rejected.reason()).contains("AUTH_EXPIRED");
        Credential unknown = DShoppingCredentials.report(Map.of(), ConnectionStatus.UNKNOWN).get(0);
        assertThat(unknown.expiresAt()).isNull();
        assertThat(unknown.reason()).contains("apiPasswordChangedOn");
    }
}

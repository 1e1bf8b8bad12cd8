package io.orderhub.connector.yahoo.internal.config;

import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import io.orderhub.core.spi.InvalidSettingException;
import org.junit.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class YahooCredentialsTest {

    private static Map<String, Object> withKey() {
        Map<String, Object> p = new HashMap<>();
        p.put(".publicKey", "-----BEGIN PUBLIC KEY-----...");
        p.put("publicKeyVersion", 2);
        p.put("publicKeyExpiresOn", "2026-12-31");
        p.put("authorizedOn", "2026-11-20");
        return p;
    }

    @Test
    public void publicKeyIsValidThroughItsExpiryDayAndTheRefreshTokenFourWeeksFromAuthorisation() {
        List<Credential> c = YahooCredentials.report(withKey(), ConnectionStatus.online());
        assertThat(c).extracting(Credential::name).containsExactly("publicKey", "refreshToken");
        assertThat(c.get(0).label()).contains("公開鍵", "2");
        assertThat(c.get(0).expiresAt()).isEqualTo(Instant.parse("2026-12-31T15:00:00Z"));
        assertThat(c.get(1).expiresAt()).isEqualTo(Instant.parse("2026-12-17T15:00:00Z"));
        assertThat(c).allSatisfy(x -> assertThat(x.state()).isEqualTo(Credential.State.VALID));
    }

    @Test
    public void withoutPublicKeyTheSessionEndsTwelveHoursAfterAuthorisation() {
        Map<String, Object> p = withKey();
        p.remove(".publicKey");
        List<Credential> c = YahooCredentials.report(p, ConnectionStatus.UNKNOWN);
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("refreshToken");
            assertThat(x.expiresAt()).isEqualTo(Instant.parse("2026-11-20T03:00:00Z"));
        });
    }

    @Test
    public void aRefusedSignatureRejectsThePublicKeyAndA401TheRefreshToken() {
        List<Credential> key = YahooCredentials.report(withKey(), new ConnectionStatus(
                ConnectionStatus.State.CREDENTIAL_REJECTED, "公開鍵認証に失敗しています: expired-key-version"));
        assertThat(key.get(0).state()).isEqualTo(Credential.State.REJECTED);
        assertThat(key.get(1).state()).isEqualTo(Credential.State.VALID);

        List<Credential> token = YahooCredentials.report(withKey(), new ConnectionStatus(
                ConnectionStatus.State.CREDENTIAL_REJECTED, "アクセストークンを更新できません: invalid_grant"));
        assertThat(token.get(0).state()).isEqualTo(Credential.State.VALID);
        assertThat(token.get(1).state()).isEqualTo(Credential.State.REJECTED);
        assertThat(token.get(1).reason()).contains("invalid_grant");
    }

    @Test
    public void missingDatesSayWhatToEnterAndBadOnesNameTheSetting() {
        Map<String, Object> p = withKey();
        p.remove("publicKeyExpiresOn");
        p.remove("authorizedOn");
        List<Credential> c = YahooCredentials.report(p, ConnectionStatus.online());
        assertThat(c.get(0).expiresAt()).isNull();
        assertThat(c.get(0).reason()).contains("publicKeyExpiresOn");
        assertThat(c.get(1).reason()).contains("authorizedOn");

        p.put("publicKeyExpiresOn", "2026/12/31");
        assertThatThrownBy(() -> YahooCredentials.check(p)).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> assertThat(e.getMessage()).contains("yyyy-MM-dd"));
    }
}

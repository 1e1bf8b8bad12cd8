package io.orderhub.connector.dshopping.internal;

import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import io.orderhub.core.spi.SettingValues;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The dショッピング API password is rotated every 90 days (dshopping.md, Auth; an expired one answers 401
 * AUTH_EXPIRED, which the transport reports as CREDENTIAL_REJECTED). Its expiry is known when the account
 * says when it was last changed ({@value #PASSWORD_CHANGED_ON}).
 */
final class DShoppingCredentials {

    static final String PASSWORD_CHANGED_ON = "apiPasswordChangedOn";
    static final Duration PASSWORD_LIFE = Duration.ofDays(90);
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private DShoppingCredentials() {
    }

    static List<Credential> report(Map<String, ?> properties, ConnectionStatus status) {
        String changed = SettingValues.text(properties, PASSWORD_CHANGED_ON, null);
        Instant expires = null;
        String note = "変更日が未設定です — enter " + PASSWORD_CHANGED_ON + " to be warned before the 90 days end";
        if (changed != null) {
            try {
                expires = LocalDate.parse(changed).atStartOfDay(JST).plus(PASSWORD_LIFE).toInstant();
                note = null;
            } catch (DateTimeParseException e) {
                note = PASSWORD_CHANGED_ON + ": 日付は yyyy-MM-dd で指定してください: " + changed;
            }
        }
        Credential c = Credential.fromStatus("apiPassword", "APIパスワード", expires, status);
        return List.of(c.state() == Credential.State.REJECTED || note == null ? c : c.withState(c.state(), note));
    }
}

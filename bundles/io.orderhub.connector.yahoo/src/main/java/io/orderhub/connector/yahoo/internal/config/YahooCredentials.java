package io.orderhub.connector.yahoo.internal.config;

import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import io.orderhub.core.spi.InvalidSettingException;
import io.orderhub.core.spi.SettingValues;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What expires in a Yahoo! store's access (yahoo.md, Auth): the public key (its expiry is shown in Store
 * Creator Pro, 暗号鍵管理, and entered as {@value #PUBLIC_KEY_EXPIRES_ON}), and the refresh token, valid 4 weeks
 * from the store owner's authorisation ({@value #AUTHORIZED_ON}) with public-key authentication, 12 hours
 * without it. Dates are Japan dates; a credential is valid through its expiry date.
 */
public final class YahooCredentials {

    /** Expiry date of the public key (yyyy-MM-dd), from Store Creator Pro. */
    public static final String PUBLIC_KEY_EXPIRES_ON = "publicKeyExpiresOn";
    /** Date the store owner last authorised the app (yyyy-MM-dd): the refresh token lives 4 weeks from it. */
    public static final String AUTHORIZED_ON = "authorizedOn";

    static final Duration REFRESH_TOKEN_LIFE = Duration.ofDays(28);
    static final Duration SESSION_WITHOUT_PUBLIC_KEY = Duration.ofHours(12);
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    private YahooCredentials() {
    }

    /** Checks the two dates, so that a typo shows as a configuration error naming the setting. */
    static void check(Map<String, ?> p) throws InvalidSettingException {
        date(p, PUBLIC_KEY_EXPIRES_ON);
        date(p, AUTHORIZED_ON);
    }

    /** The store's credentials as the configuration and the last connection status describe them. */
    public static List<Credential> report(Map<String, ?> p, ConnectionStatus status) {
        List<Credential> result = new ArrayList<>();
        boolean rejected = status != null && status.state() == ConnectionStatus.State.CREDENTIAL_REJECTED;
        // YahooClient words a refused signature as 公開鍵認証 ...; anything else rejected is the token's
        boolean keyRejected = rejected && status.reason() != null && status.reason().contains("公開鍵");
        boolean hasKey = SettingValues.text(p, ".publicKey", null) != null;
        LocalDate keyExpiry = dateOrNull(p, PUBLIC_KEY_EXPIRES_ON);
        LocalDate authorized = dateOrNull(p, AUTHORIZED_ON);
        if (hasKey) {
            String label = "公開鍵 (バージョン " + SettingValues.text(p, "publicKeyVersion", "?") + ")";
            Instant expires = keyExpiry == null ? null : keyExpiry.plusDays(1).atStartOfDay(JST).toInstant();
            if (keyRejected) {
                result.add(Credential.rejected("publicKey", label, expires, status.reason()));
            } else {
                result.add(new Credential("publicKey", label, expires, Credential.State.VALID, keyExpiry == null
                        ? "有効期限が未設定です — enter " + PUBLIC_KEY_EXPIRES_ON + " from Store Creator Pro (暗号鍵管理) to be warned"
                        : null));
            }
        }
        Instant tokenExpires = authorized == null ? null : hasKey
                ? authorized.atStartOfDay(JST).plus(REFRESH_TOKEN_LIFE).toInstant()
                : authorized.atStartOfDay(JST).plus(SESSION_WITHOUT_PUBLIC_KEY).toInstant();
        String tokenLabel = hasKey ? "リフレッシュトークン（認可から4週間）" : "リフレッシュトークン（公開鍵なし: 認可から12時間）";
        if (rejected && !keyRejected) {
            result.add(Credential.rejected("refreshToken", tokenLabel, tokenExpires, status.reason()));
        } else {
            result.add(new Credential("refreshToken", tokenLabel, tokenExpires, Credential.State.VALID, authorized == null
                    ? "認可日が未設定です — enter " + AUTHORIZED_ON + " (the day the store owner authorised) to be warned"
                    : null));
        }
        return result;
    }

    private static LocalDate dateOrNull(Map<String, ?> p, String key) {
        try {
            return date(p, key);
        } catch (InvalidSettingException e) {
            return null;
        }
    }

    private static LocalDate date(Map<String, ?> p, String key) throws InvalidSettingException {
        String text = SettingValues.text(p, key, null);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException(key, "日付は yyyy-MM-dd で指定してください: " + text);
        }
    }
}

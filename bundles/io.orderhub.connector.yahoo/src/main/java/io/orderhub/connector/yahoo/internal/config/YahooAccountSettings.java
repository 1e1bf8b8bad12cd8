package io.orderhub.connector.yahoo.internal.config;

import static io.orderhub.connector.yahoo.YahooConstants.*;

import io.orderhub.connector.yahoo.internal.Carriers;
import io.orderhub.connector.yahoo.internal.StatusMapping;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.StatusMappingModel;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.InvalidSettingException;
import io.orderhub.core.spi.SettingValues;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Yahoo! store account configuration, checked. {@link #parse} names the first bad field instead of letting
 * activation fail, so that the account reports CONFIGURATION_ERROR with the reason.
 *
 * @param publicKey null when the store uses no public-key authentication
 */
public record YahooAccountSettings(String accountId, String sellerId, URI apiBaseUrl, URI tokenUrl, String clientId,
                                   String clientSecret, String refreshToken, int publicKeyVersion, PublicKey publicKey,
                                   List<Integer> fetchStatuses, int requestsPerSecond, String noTrackingReason,
                                   StatusMappingModel statusMapping, int daysToFetch, ZoneId zone) {

    /** The default conversion tables of this account (its older setting's reason for no tracking number). */
    public ConversionTables defaultConversions() {
        return Carriers.defaults(noTrackingReason);
    }

    public static YahooAccountSettings parse(Map<String, ?> p) throws InvalidSettingException {
        String accountId = SettingValues.text(p, AccountProperties.ACCOUNT_ID, null);
        String sellerId = SettingValues.text(p, SELLER_ID, null);
        if (sellerId == null || !sellerId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidSettingException(SELLER_ID, "ストアアカウント（英数字）を指定してください: " + (sellerId == null ? "未設定" : sellerId));
        }
        URI api = url(API_BASE_URL, SettingValues.text(p, API_BASE_URL, DEFAULT_API_BASE_URL));
        URI token = url(TOKEN_URL, SettingValues.text(p, TOKEN_URL, DEFAULT_TOKEN_URL));
        String clientId = SettingValues.text(p, CLIENT_ID, null);
        if (clientId == null) {
            throw new InvalidSettingException(CLIENT_ID, "Client IDが未設定です");
        }
        String secret = secret(p, CLIENT_SECRET, "シークレットが未設定です");
        String refresh = secret(p, REFRESH_TOKEN, "リフレッシュトークンが未設定です（ストアの認可が必要です）");
        String pem = SettingValues.text(p, PUBLIC_KEY, null);
        PublicKey key = pem == null ? null : publicKey(pem);
        int version = SettingValues.integer(p, PUBLIC_KEY_VERSION, 0, 0, 9999);
        if (key != null && version == 0) {
            throw new InvalidSettingException(PUBLIC_KEY_VERSION, "公開鍵のバージョンを指定してください");
        }
        List<Integer> statuses = statuses(SettingValues.text(p, FETCH_STATUSES, DEFAULT_FETCH_STATUSES));
        int rps = SettingValues.integer(p, REQUESTS_PER_SECOND, 1, 1, 10);
        String reason = SettingValues.text(p, NO_TRACKING_REASON, null);
        if (reason != null && !reason.matches("10[1-5]")) {
            throw new InvalidSettingException(NO_TRACKING_REASON, "101〜105 のいずれかを指定してください: " + reason);
        }
        StatusMappingModel mapping;
        try {
            mapping = StatusMapping.parse(SettingValues.text(p, STATUS_MAPPING, null));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(STATUS_MAPPING, e.getMessage());
        }
        YahooCredentials.check(p);
        int days = SettingValues.integer(p, AccountProperties.DAYS_TO_FETCH, 3, 1, 60);
        ZoneId zone;
        try {
            zone = ZoneId.of(SettingValues.text(p, AccountProperties.ZONE, AccountProperties.DEFAULT_ZONE));
        } catch (DateTimeException e) {
            throw new InvalidSettingException(AccountProperties.ZONE, "不明なタイムゾーンです: " + p.get(AccountProperties.ZONE));
        }
        return new YahooAccountSettings(accountId, sellerId, api, token, clientId, secret, refresh, version, key,
                statuses, rps, reason, mapping, days, zone);
    }

    /** Yahoo! order status codes, or their Japanese labels, comma separated. */
    public static List<Integer> statuses(String text) throws InvalidSettingException {
        List<Integer> list = new ArrayList<>();
        for (String s : text.split("[,\\s]+")) {
            if (s.isBlank()) {
                continue;
            }
            int code = -1;
            for (int c : new int[] {0, 1, 2, 3, 4, 5, 8}) {
                if (s.equals(Integer.toString(c)) || s.equals(StatusMapping.orderStatusLabel(c))) {
                    code = c;
                }
            }
            if (code < 0) {
                throw new InvalidSettingException(FETCH_STATUSES, "Yahoo!の注文ステータス (0〜5, 8) を指定してください: " + s);
            }
            list.add(code);
        }
        if (list.isEmpty()) {
            throw new InvalidSettingException(FETCH_STATUSES, "取得する注文ステータスを1つ以上指定してください");
        }
        return List.copyOf(list);
    }

    static PublicKey publicKey(String pem) throws InvalidSettingException {
        try {
            String b64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
        } catch (Exception e) {
            throw new InvalidSettingException(PUBLIC_KEY, "RSA公開鍵 (PEM, BEGIN PUBLIC KEY) として読めません");
        }
    }

    /** https, or plain http to loopback only (the simulator): the token and secrets travel in it. */
    static URI url(String field, String value) throws InvalidSettingException {
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(field, "URLの形式が正しくありません: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getQuery() != null
                || uri.getUserInfo() != null) {
            throw new InvalidSettingException(field, "https:// で始まるURLを指定してください: " + value);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new InvalidSettingException(field, "トークンを守るため https で指定してください: " + value);
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String secret(Map<String, ?> p, String key, String missing) throws InvalidSettingException {
        String s = SettingValues.text(p, key, null);
        if (s == null) {
            throw new InvalidSettingException(key, missing);
        }
        if (s.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidSettingException(key, "使えない文字が含まれています");
        }
        return s;
    }


    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "YahooAccountSettings[" + accountId + ", " + sellerId + ", " + apiBaseUrl + "]";
    }
}

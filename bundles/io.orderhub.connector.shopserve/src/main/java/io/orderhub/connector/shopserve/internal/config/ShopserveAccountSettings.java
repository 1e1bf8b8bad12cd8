package io.orderhub.connector.shopserve.internal.config;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;

import io.orderhub.core.spi.AccountProperties;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * An account configuration, checked. {@link #parse} names the first bad field instead of letting activation
 * fail, so that the account reports CONFIGURATION_ERROR with the reason.
 */
public record ShopserveAccountSettings(String accountId, String shopId, String managerKey, URI apiBaseUrl,
                                       int requestsPerSecond, int daysToFetch, ZoneId zone) {

    /** A setting that cannot be used, with the field it concerns. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        public Invalid(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static ShopserveAccountSettings parse(Map<String, ?> p) throws Invalid {
        String accountId = string(p, AccountProperties.ACCOUNT_ID, null);
        String shopId = string(p, SHOP_ID, null);
        if (shopId == null) {
            throw new Invalid(SHOP_ID, "ショップIDが未設定です");
        }
        if (shopId.contains(":") || shopId.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new Invalid(SHOP_ID, "ショップIDに使えない文字が含まれています");
        }
        String key = string(p, MANAGER_KEY, null);
        if (key == null) {
            throw new Invalid(MANAGER_KEY, "マネージャー認証キーが未設定です");
        }
        if (key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new Invalid(MANAGER_KEY, "マネージャー認証キーに使えない文字が含まれています");
        }
        URI base = baseUrl(string(p, API_BASE_URL, DEFAULT_API_BASE_URL));
        int rate = integer(p, REQUESTS_PER_SECOND, DEFAULT_REQUESTS_PER_SECOND, 1, 100);
        int days = integer(p, AccountProperties.DAYS_TO_FETCH, SEARCH_WINDOW_DAYS, 1, 365 * SEARCH_MAX_AGE_YEARS);
        ZoneId zone;
        try {
            zone = ZoneId.of(string(p, AccountProperties.ZONE, AccountProperties.DEFAULT_ZONE));
        } catch (DateTimeException e) {
            throw new Invalid(AccountProperties.ZONE, "不明なタイムゾーンです: " + p.get(AccountProperties.ZONE));
        }
        return new ShopserveAccountSettings(accountId, shopId, key, base, rate, days, zone);
    }

    /** {@code https://host[:port]/path}; plain http only to loopback (the simulator); no query. */
    static URI baseUrl(String value) throws Invalid {
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException e) {
            throw new Invalid(API_BASE_URL, "URLの形式が正しくありません: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new Invalid(API_BASE_URL, "https://management.api.shopserve.jp/v2 の形式で指定してください: " + value);
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new Invalid(API_BASE_URL, "クエリや認証情報を含まないURLを指定してください: " + value);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new Invalid(API_BASE_URL, "マネージャー認証キーを守るため https で指定してください: " + value);
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

    private static String string(Map<String, ?> p, String key, String def) {
        Object v = p.get(key);
        if (v instanceof char[] chars) {
            v = new String(chars);
        }
        String s = v == null ? null : v.toString().trim();
        return s == null || s.isEmpty() ? def : s;
    }

    private static int integer(Map<String, ?> p, String key, int def, int min, int max) throws Invalid {
        String s = string(p, key, null);
        if (s == null) {
            return def;
        }
        int value;
        try {
            value = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new Invalid(key, "整数を指定してください: " + s);
        }
        if (value < min || value > max) {
            throw new Invalid(key, min + "〜" + max + " の範囲で指定してください: " + value);
        }
        return value;
    }

    /** Never prints the manager key. */
    @Override
    public String toString() {
        return "ShopserveAccountSettings[" + accountId + ", shopId=" + shopId + ", " + apiBaseUrl + "]";
    }
}

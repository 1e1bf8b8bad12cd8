package io.orderhub.connector.dshopping.internal.config;

import static io.orderhub.connector.dshopping.DShoppingConstants.*;

import io.orderhub.core.spi.AccountProperties;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An account configuration, checked. {@link #parse} names the first bad field instead of letting activation
 * fail, so that the account reports CONFIGURATION_ERROR with the reason.
 *
 * @param carrierIds our carrier name → the mall's carrier ID; an empty ID is kept so that export can say
 *                   which carrier lacks one (D7)
 */
public record DShoppingAccountSettings(String accountId, String partnerCode, String apiPassword, URI apiBaseUrl,
                                       int daysToFetch, Map<String, String> carrierIds, int requestsPerSecond,
                                       ZoneId zone) {

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

    public static DShoppingAccountSettings parse(Map<String, ?> p) throws Invalid {
        String accountId = string(p, AccountProperties.ACCOUNT_ID, null);
        String partner = string(p, PARTNER_CODE, null);
        if (partner == null) {
            throw new Invalid(PARTNER_CODE, "パートナーコードが未設定です");
        }
        if (!partner.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new Invalid(PARTNER_CODE, "パートナーコードに使えない文字が含まれています");
        }
        String password = string(p, API_PASSWORD, null);
        if (password == null) {
            throw new Invalid(API_PASSWORD, "APIパスワードが未設定です");
        }
        if (!password.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new Invalid(API_PASSWORD, "APIパスワードに使えない文字が含まれています");
        }
        URI base = baseUrl(string(p, API_BASE_URL, DEFAULT_API_BASE_URL));
        int days = integer(p, DAYS_TO_FETCH, DEFAULT_DAYS_TO_FETCH, 1, MAX_DAYS_TO_FETCH);
        Map<String, String> carriers = carrierIds(string(p, CARRIER_IDS, DEFAULT_CARRIER_IDS));
        int rps = integer(p, REQUESTS_PER_SECOND, DEFAULT_REQUESTS_PER_SECOND, 1, 10);
        ZoneId zone;
        try {
            zone = ZoneId.of(string(p, AccountProperties.ZONE, AccountProperties.DEFAULT_ZONE));
        } catch (DateTimeException e) {
            throw new Invalid(AccountProperties.ZONE, "不明なタイムゾーンです: " + p.get(AccountProperties.ZONE));
        }
        return new DShoppingAccountSettings(accountId, partner, password, base, days, carriers, rps, zone);
    }

    /** {@code https://host[:port]/path}; plain http only to loopback (the simulator), no query. */
    static URI baseUrl(String value) throws Invalid {
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException e) {
            throw new Invalid(API_BASE_URL, "URLの形式が正しくありません: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new Invalid(API_BASE_URL, "https://... の形式で指定してください: " + value);
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new Invalid(API_BASE_URL, "クエリを含まないURLを指定してください: " + value);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new Invalid(API_BASE_URL, "APIパスワードを守るため https で指定してください: " + value);
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

    /** {@code ヤマト運輸=01, 西濃運輸=} (comma, semicolon or line separated); an empty ID is allowed (D7). */
    static Map<String, String> carrierIds(String text) throws Invalid {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : text.split("[,;、\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || entry.substring(0, eq).isBlank()) {
                throw new Invalid(CARRIER_IDS, "「配送会社=dショッピングの配送会社ID」の形式で指定してください: " + entry.trim());
            }
            String id = entry.substring(eq + 1).trim();
            if (!id.isEmpty() && !id.matches("[0-9A-Za-z]{1,10}")) {
                throw new Invalid(CARRIER_IDS, "配送会社IDは英数字で指定してください: " + entry.trim());
            }
            map.put(entry.substring(0, eq).trim(), id);
        }
        return Map.copyOf(map);
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

    /** Never prints the password. */
    @Override
    public String toString() {
        return "DShoppingAccountSettings[" + accountId + ", " + partnerCode + ", " + apiBaseUrl + "]";
    }
}

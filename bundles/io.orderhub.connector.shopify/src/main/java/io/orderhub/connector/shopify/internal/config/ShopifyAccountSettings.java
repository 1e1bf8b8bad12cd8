package io.orderhub.connector.shopify.internal.config;

import static io.orderhub.connector.shopify.ShopifyConstants.*;

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
import java.util.regex.Pattern;

/**
 * An account configuration, checked. {@link #parse} names the first bad field instead of letting activation
 * fail, so that the account reports CONFIGURATION_ERROR with the reason.
 */
public record ShopifyAccountSettings(String accountId, URI shopUrl, String accessToken, String apiVersion,
                                     int daysToFetch, String exportOption, int rateLimitPerSecond, int bucketSize,
                                     Map<String, String> carrierNames, boolean notifyCustomer,
                                     String trackingNumbers, ZoneId zone) {

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

    private static final Pattern VERSION = Pattern.compile("\\d{4}-(01|04|07|10)|unstable");

    public static ShopifyAccountSettings parse(Map<String, ?> p) throws Invalid {
        String accountId = string(p, AccountProperties.ACCOUNT_ID, null);
        URI shopUrl = shopUrl(string(p, SHOP_URL, null));
        String token = string(p, ACCESS_TOKEN, null);
        if (token == null) {
            throw new Invalid(ACCESS_TOKEN, "アクセスキーが未設定です");
        }
        if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new Invalid(ACCESS_TOKEN, "アクセスキーに使えない文字が含まれています");
        }
        String version = string(p, API_VERSION, DEFAULT_API_VERSION);
        if (!VERSION.matcher(version).matches()) {
            throw new Invalid(API_VERSION, "APIバージョンは YYYY-MM (01/04/07/10月) の形式です: " + version);
        }
        int days = integer(p, DAYS_TO_FETCH, DEFAULT_DAYS_TO_FETCH, 1, IMPORT_MAX_ORDER_AGE_DAYS);
        String option = string(p, EXPORT_OPTION, EXPORT_DONE_ONLY);
        if (!option.equals(EXPORT_DONE_ONLY) && !option.equals(EXPORT_ALL_BUT_NEW_AND_CANCELLED)) {
            throw new Invalid(EXPORT_OPTION, "DONE_ONLY か ALL_BUT_NEW_AND_CANCELLED を指定してください: " + option);
        }
        int rate = integer(p, RATE_LIMIT_PER_SECOND, 2, 1, 100);
        int bucket = integer(p, BUCKET_SIZE, 40, 1, 1000);
        Map<String, String> carriers = carriers(string(p, CARRIER_NAMES, ""));
        boolean notify = Boolean.parseBoolean(string(p, NOTIFY_CUSTOMER, "false"));
        String tracking = string(p, TRACKING_NUMBERS, TRACKING_FIRST_ONLY);
        if (!tracking.equals(TRACKING_FIRST_ONLY) && !tracking.equals(TRACKING_JOINED)) {
            throw new Invalid(TRACKING_NUMBERS, "FIRST_ONLY か JOINED を指定してください: " + tracking);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(string(p, AccountProperties.ZONE, AccountProperties.DEFAULT_ZONE));
        } catch (DateTimeException e) {
            throw new Invalid(AccountProperties.ZONE, "不明なタイムゾーンです: " + p.get(AccountProperties.ZONE));
        }
        return new ShopifyAccountSettings(accountId, shopUrl, token, version, days, option, rate, bucket, carriers,
                notify, tracking, zone);
    }

    /** {@code https://host[:port]}; plain http only to loopback (the simulator), never with a path or query. */
    static URI shopUrl(String value) throws Invalid {
        if (value == null) {
            throw new Invalid(SHOP_URL, "ショップURLが未設定です");
        }
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException e) {
            throw new Invalid(SHOP_URL, "URLの形式が正しくありません: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new Invalid(SHOP_URL, "https://<ショップ>.myshopify.com の形式で指定してください: " + value);
        }
        if ((uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getQuery() != null || uri.getFragment() != null
                || uri.getUserInfo() != null) {
            throw new Invalid(SHOP_URL, "パスやクエリを含まないショップのURLを指定してください: " + value);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new Invalid(SHOP_URL, "アクセスキーを守るため https で指定してください: " + value);
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

    /** {@code 西濃運輸=Seino, 福山通運=Fukuyama} (comma, semicolon or line separated). */
    static Map<String, String> carriers(String text) throws Invalid {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : text.split("[,;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1 || entry.substring(eq + 1).isBlank()) {
                throw new Invalid(CARRIER_NAMES, "「配送会社=Shopifyの配送会社名」の形式で指定してください: " + entry.trim());
            }
            map.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
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

    /** Never prints the access token. */
    @Override
    public String toString() {
        return "ShopifyAccountSettings[" + accountId + ", " + shopUrl + ", apiVersion=" + apiVersion + "]";
    }
}

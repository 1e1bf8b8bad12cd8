package io.orderhub.connector.shopify.internal.config;

import static io.orderhub.connector.shopify.ShopifyConstants.*;

import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.InvalidSettingException;
import io.orderhub.core.spi.SettingValues;

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

    private static final Pattern VERSION = Pattern.compile("\\d{4}-(01|04|07|10)|unstable");

    public static ShopifyAccountSettings parse(Map<String, ?> p) throws InvalidSettingException {
        String accountId = SettingValues.text(p, AccountProperties.ACCOUNT_ID, null);
        URI shopUrl = shopUrl(SettingValues.text(p, SHOP_URL, null));
        String token = SettingValues.text(p, ACCESS_TOKEN, null);
        if (token == null) {
            throw new InvalidSettingException(ACCESS_TOKEN, "アクセスキーが未設定です");
        }
        if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidSettingException(ACCESS_TOKEN, "アクセスキーに使えない文字が含まれています");
        }
        String version = SettingValues.text(p, API_VERSION, DEFAULT_API_VERSION);
        if (!VERSION.matcher(version).matches()) {
            throw new InvalidSettingException(API_VERSION, "APIバージョンは YYYY-MM (01/04/07/10月) の形式です: " + version);
        }
        int days = SettingValues.integer(p, DAYS_TO_FETCH, DEFAULT_DAYS_TO_FETCH, 1, IMPORT_MAX_ORDER_AGE_DAYS);
        String option = SettingValues.text(p, EXPORT_OPTION, EXPORT_DONE_ONLY);
        if (!option.equals(EXPORT_DONE_ONLY) && !option.equals(EXPORT_ALL_BUT_NEW_AND_CANCELLED)) {
            throw new InvalidSettingException(EXPORT_OPTION, "DONE_ONLY か ALL_BUT_NEW_AND_CANCELLED を指定してください: " + option);
        }
        int rate = SettingValues.integer(p, RATE_LIMIT_PER_SECOND, 2, 1, 1000);
        int bucket = SettingValues.integer(p, BUCKET_SIZE, 40, 1, 1000);
        Map<String, String> carriers = carriers(SettingValues.text(p, CARRIER_NAMES, ""));
        boolean notify = Boolean.parseBoolean(SettingValues.text(p, NOTIFY_CUSTOMER, "false"));
        String tracking = SettingValues.text(p, TRACKING_NUMBERS, TRACKING_FIRST_ONLY);
        if (!tracking.equals(TRACKING_FIRST_ONLY) && !tracking.equals(TRACKING_JOINED)) {
            throw new InvalidSettingException(TRACKING_NUMBERS, "FIRST_ONLY か JOINED を指定してください: " + tracking);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(SettingValues.text(p, AccountProperties.ZONE, AccountProperties.DEFAULT_ZONE));
        } catch (DateTimeException e) {
            throw new InvalidSettingException(AccountProperties.ZONE, "不明なタイムゾーンです: " + p.get(AccountProperties.ZONE));
        }
        return new ShopifyAccountSettings(accountId, shopUrl, token, version, days, option, rate, bucket, carriers,
                notify, tracking, zone);
    }

    /** {@code https://host[:port]}; plain http only to loopback (the simulator), never with a path or query. */
    static URI shopUrl(String value) throws InvalidSettingException {
        if (value == null) {
            throw new InvalidSettingException(SHOP_URL, "ショップURLが未設定です");
        }
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(SHOP_URL, "URLの形式が正しくありません: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidSettingException(SHOP_URL, "https://<ショップ>.myshopify.com の形式で指定してください: " + value);
        }
        if ((uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getQuery() != null || uri.getFragment() != null
                || uri.getUserInfo() != null) {
            throw new InvalidSettingException(SHOP_URL, "パスやクエリを含まないショップのURLを指定してください: " + value);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new InvalidSettingException(SHOP_URL, "アクセスキーを守るため https で指定してください: " + value);
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
    public static Map<String, String> carriers(String text) throws InvalidSettingException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : text.split("[,;\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1 || entry.substring(eq + 1).isBlank()) {
                throw new InvalidSettingException(CARRIER_NAMES, "「配送会社=Shopifyの配送会社名」の形式で指定してください: " + entry.trim());
            }
            map.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return Map.copyOf(map);
    }


    /** Never prints the access token. */
    @Override
    public String toString() {
        return "ShopifyAccountSettings[" + accountId + ", " + shopUrl + ", apiVersion=" + apiVersion + "]";
    }
}

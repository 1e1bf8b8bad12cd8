package io.orderhub.connector.dshopping.internal.config;

import static io.orderhub.connector.dshopping.DShoppingConstants.*;

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

    public static DShoppingAccountSettings parse(Map<String, ?> p) throws InvalidSettingException {
        String accountId = SettingValues.text(p, AccountProperties.ACCOUNT_ID, null);
        String partner = SettingValues.text(p, PARTNER_CODE, null);
        if (partner == null) {
            throw new InvalidSettingException(PARTNER_CODE, "パートナーコードが未設定です");
        }
        if (!partner.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidSettingException(PARTNER_CODE, "パートナーコードに使えない文字が含まれています");
        }
        String password = SettingValues.text(p, API_PASSWORD, null);
        if (password == null) {
            throw new InvalidSettingException(API_PASSWORD, "APIパスワードが未設定です");
        }
        if (!password.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidSettingException(API_PASSWORD, "APIパスワードに使えない文字が含まれています");
        }
        URI base = baseUrl(SettingValues.text(p, API_BASE_URL, DEFAULT_API_BASE_URL));
        int days = SettingValues.integer(p, DAYS_TO_FETCH, DEFAULT_DAYS_TO_FETCH, 1, MAX_DAYS_TO_FETCH);
        Map<String, String> carriers = carrierIds(SettingValues.text(p, CARRIER_IDS, DEFAULT_CARRIER_IDS));
        int rps = SettingValues.integer(p, REQUESTS_PER_SECOND, DEFAULT_REQUESTS_PER_SECOND, 1, 10);
        ZoneId zone;
        try {
            zone = ZoneId.of(SettingValues.text(p, AccountProperties.ZONE, AccountProperties.DEFAULT_ZONE));
        } catch (DateTimeException e) {
            throw new InvalidSettingException(AccountProperties.ZONE, "不明なタイムゾーンです: " + p.get(AccountProperties.ZONE));
        }
        return new DShoppingAccountSettings(accountId, partner, password, base, days, carriers, rps, zone);
    }

    /** {@code https://host[:port]/path}; plain http only to loopback (the simulator), no query. */
    static URI baseUrl(String value) throws InvalidSettingException {
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(API_BASE_URL, "URLの形式が正しくありません: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidSettingException(API_BASE_URL, "https://... の形式で指定してください: " + value);
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new InvalidSettingException(API_BASE_URL, "クエリを含まないURLを指定してください: " + value);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new InvalidSettingException(API_BASE_URL, "APIパスワードを守るため https で指定してください: " + value);
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
    public static Map<String, String> carrierIds(String text) throws InvalidSettingException {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : text.split("[,;、\\n]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || entry.substring(0, eq).isBlank()) {
                throw new InvalidSettingException(CARRIER_IDS, "「配送会社=dショッピングの配送会社ID」の形式で指定してください: " + entry.trim());
            }
            String id = entry.substring(eq + 1).trim();
            if (!id.isEmpty() && !id.matches("[0-9A-Za-z]{1,10}")) {
                throw new InvalidSettingException(CARRIER_IDS, "配送会社IDは英数字で指定してください: " + entry.trim());
            }
            map.put(entry.substring(0, eq).trim(), id);
        }
        return Map.copyOf(map);
    }


    /** Never prints the password. */
    @Override
    public String toString() {
        return "DShoppingAccountSettings[" + accountId + ", " + partnerCode + ", " + apiBaseUrl + "]";
    }
}

package io.orderhub.connector.shopserve.internal.config;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;

import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.InvalidSettingException;
import io.orderhub.core.spi.SettingValues;

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

    public static ShopserveAccountSettings parse(Map<String, ?> p) throws InvalidSettingException {
        String accountId = SettingValues.text(p, AccountProperties.ACCOUNT_ID, null);
        String shopId = SettingValues.text(p, SHOP_ID, null);
        if (shopId == null) {
            throw new InvalidSettingException(SHOP_ID, "ショップIDが未設定です");
        }
        if (shopId.contains(":") || shopId.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidSettingException(SHOP_ID, "ショップIDに使えない文字が含まれています");
        }
        String key = SettingValues.text(p, MANAGER_KEY, null);
        if (key == null) {
            throw new InvalidSettingException(MANAGER_KEY, "マネージャー認証キーが未設定です");
        }
        if (key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidSettingException(MANAGER_KEY, "マネージャー認証キーに使えない文字が含まれています");
        }
        URI base = baseUrl(SettingValues.text(p, API_BASE_URL, DEFAULT_API_BASE_URL));
        int rate = SettingValues.integer(p, REQUESTS_PER_SECOND, DEFAULT_REQUESTS_PER_SECOND, 1, 100);
        int days = SettingValues.integer(p, AccountProperties.DAYS_TO_FETCH, SEARCH_WINDOW_DAYS, 1, 365 * SEARCH_MAX_AGE_YEARS);
        ZoneId zone;
        try {
            zone = ZoneId.of(SettingValues.text(p, AccountProperties.ZONE, AccountProperties.DEFAULT_ZONE));
        } catch (DateTimeException e) {
            throw new InvalidSettingException(AccountProperties.ZONE, "不明なタイムゾーンです: " + p.get(AccountProperties.ZONE));
        }
        return new ShopserveAccountSettings(accountId, shopId, key, base, rate, days, zone);
    }

    /** {@code https://host[:port]/path}; plain http only to loopback (the simulator); no query. */
    static URI baseUrl(String value) throws InvalidSettingException {
        URI uri;
        try {
            uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(API_BASE_URL, "URLの形式が正しくありません: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new InvalidSettingException(API_BASE_URL, "https://management.api.shopserve.jp/v2 の形式で指定してください: " + value);
        }
        if (uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
            throw new InvalidSettingException(API_BASE_URL, "クエリや認証情報を含まないURLを指定してください: " + value);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new InvalidSettingException(API_BASE_URL, "マネージャー認証キーを守るため https で指定してください: " + value);
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


    /** Never prints the manager key. */
    @Override
    public String toString() {
        return "ShopserveAccountSettings[" + accountId + ", shopId=" + shopId + ", " + apiBaseUrl + "]";
    }
}

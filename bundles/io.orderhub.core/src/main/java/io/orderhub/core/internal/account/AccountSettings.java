package io.orderhub.core.internal.account;

import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.MallDescriptor;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks and normalises account settings against what the connector declares, plus the settings every
 * account has. Values arrive as JSON or console text and leave as the types Config Admin stores.
 */
final class AccountSettings {

    /** Settings the core reads for every account, unless the connector declares its own variant. */
    static final List<AccountSetting> COMMON = List.of(
            AccountSetting.string(AccountProperties.ZONE, "タイムゾーン", "Time zone", false,
                    AccountProperties.DEFAULT_ZONE),
            AccountSetting.integer(AccountProperties.DAYS_TO_FETCH, "取得日数", "Days to fetch", 3, 1, 60),
            AccountSetting.string(AccountProperties.INITIAL_STATUS, "取込時のステータス", "Status of new orders",
                    false, "NEW"),
            AccountSetting.bool(AccountProperties.AUTO_IMPORT, "自動取込", "Automatic import (API option)", false),
            AccountSetting.bool(AccountProperties.AUTO_EXPORT, "自動書き出し", "Automatic export (API option)", false),
            AccountSetting.integer(AccountProperties.SCHEDULE_MINUTES, "自動実行の間隔（分）",
                    "Minutes between automatic runs", AccountProperties.DEFAULT_SCHEDULE_MINUTES,
                    AccountProperties.MIN_SCHEDULE_MINUTES, AccountProperties.MAX_SCHEDULE_MINUTES),
            AccountSetting.bool(AccountProperties.EXPORT_ON_CHANGE, "変更時に書き出し",
                    "Export when an operator completes shipping data (API option)", false));

    private AccountSettings() {
    }

    static List<AccountSetting> all(MallDescriptor mall) {
        List<AccountSetting> all = new ArrayList<>(mall.settings());
        for (AccountSetting common : COMMON) {
            if (mall.setting(common.key()) == null) {
                all.add(common);
            }
        }
        return all;
    }

    static AccountSetting find(MallDescriptor mall, String key) {
        return all(mall).stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * Merges {@code changes} into {@code current} and checks the result.
     *
     * @param current   the stored values (empty for a new account)
     * @param changes   what the caller sends; a secret given as null keeps its stored value
     * @return the complete, normalised settings with defaults filled in
     */
    static Map<String, Object> merge(MallDescriptor mall, Map<String, Object> current, Map<String, Object> changes) {
        Map<String, Object> result = new LinkedHashMap<>(current);
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            String key = e.getKey();
            AccountSetting setting = find(mall, key);
            if (setting == null) {
                throw new ValidationException("settings." + key, "unknown setting '" + key + "' for mall "
                        + mall.id() + "; known: " + all(mall).stream().map(AccountSetting::key).toList());
            }
            if (e.getValue() == null) {
                if (!setting.isSecret()) {
                    result.remove(key);
                }
                continue;
            }
            result.put(key, normalise(setting, e.getValue()));
        }
        for (AccountSetting setting : all(mall)) {
            if (!result.containsKey(setting.key()) && setting.defaultValue() != null) {
                result.put(setting.key(), normalise(setting, setting.defaultValue()));
            }
            Object value = result.get(setting.key());
            if (setting.required() && (value == null || value.toString().isBlank())) {
                throw new ValidationException("settings." + setting.key(),
                        "setting '" + setting.key() + "' (" + setting.labelJa() + ") is required");
            }
        }
        return result;
    }

    static Object normalise(AccountSetting setting, Object raw) {
        String field = "settings." + setting.key();
        String text = raw.toString().trim();
        switch (setting.type()) {
            case INTEGER -> {
                int value;
                if (raw instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                    value = n.intValue();
                } else {
                    try {
                        value = Integer.parseInt(text);
                    } catch (NumberFormatException ex) {
                        throw new ValidationException(field, "'" + text + "' is not a whole number");
                    }
                }
                if (setting.min() != setting.max() && (value < setting.min() || value > setting.max())) {
                    throw new ValidationException(field, setting.key() + " must be between " + setting.min()
                            + " and " + setting.max() + ", was " + value);
                }
                return value;
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "on" -> true;
                    case "false", "no", "off" -> false;
                    default -> throw new ValidationException(field, "'" + text + "' is not true or false");
                };
            }
            case CHOICE -> {
                if (!setting.choices().contains(text)) {
                    throw new ValidationException(field, "'" + text + "' is not one of " + setting.choices());
                }
                return text;
            }
            case URL -> {
                try {
                    URI uri = new URI(text);
                    if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                        throw new URISyntaxException(text, "needs http(s) and a host");
                    }
                } catch (URISyntaxException ex) {
                    throw new ValidationException(field, "'" + text + "' is not an http(s) URL");
                }
                return text;
            }
            case SECRET -> {
                if (!(raw instanceof String)) {
                    throw new ValidationException(field, "a secret must be a string");
                }
                return text;
            }
            default -> {
                if (setting.key().equals(AccountProperties.ZONE)) {
                    try {
                        ZoneId.of(text);
                    } catch (DateTimeException ex) {
                        throw new ValidationException(field, "'" + text + "' is not a time zone (e.g. Asia/Tokyo)");
                    }
                }
                if (text.length() > 500) {
                    throw new ValidationException(field, "longer than 500 characters");
                }
                return text;
            }
        }
    }
}

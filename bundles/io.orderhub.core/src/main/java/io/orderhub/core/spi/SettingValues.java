package io.orderhub.core.spi;

import java.util.Map;

/**
 * Reads account configuration values the way every connector needs them: Config Admin hands over strings,
 * numbers or (for password fields) char arrays, and an empty value means "not set".
 */
public final class SettingValues {

    private SettingValues() {
    }

    /** The trimmed text of {@code key}, or {@code def} when it is absent or empty. */
    public static String text(Map<String, ?> properties, String key, String def) {
        Object v = properties.get(key);
        if (v instanceof char[] chars) {
            v = new String(chars);
        }
        String s = v == null ? null : v.toString().trim();
        return s == null || s.isEmpty() ? def : s;
    }

    /** The whole number of {@code key} within {@code min..max}, or {@code def} when it is absent or empty. */
    public static int integer(Map<String, ?> properties, String key, int def, int min, int max)
            throws InvalidSettingException {
        String s = text(properties, key, null);
        if (s == null) {
            return def;
        }
        int value;
        try {
            value = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(key, "整数を指定してください: " + s);
        }
        if (value < min || value > max) {
            throw new InvalidSettingException(key, min + "〜" + max + " の範囲で指定してください: " + value);
        }
        return value;
    }
}

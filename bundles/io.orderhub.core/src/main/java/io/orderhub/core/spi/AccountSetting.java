package io.orderhub.core.spi;

import java.util.List;

/**
 * One setting of a shop account, as the connector declares it. The core validates values against it before
 * it writes an account configuration, and never returns, logs or prints a {@link Type#SECRET} value.
 *
 * @param key          configuration property name; a secret's key starts with a dot so that it stays out of
 *                     service properties
 * @param labelJa      label shown to operators
 * @param defaultValue default as text, or null
 * @param choices      allowed values for {@link Type#CHOICE}
 * @param min          lower bound for {@link Type#INTEGER}
 * @param max          upper bound for {@link Type#INTEGER}
 */
public record AccountSetting(String key, String labelJa, String labelEn, Type type, boolean required,
                             String defaultValue, List<String> choices, int min, int max) {

    public enum Type { STRING, SECRET, URL, INTEGER, BOOLEAN, CHOICE }

    public AccountSetting {
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == Type.SECRET && !key.startsWith(".")) {
            throw new IllegalArgumentException("secret setting keys start with '.': " + key);
        }
    }

    public static AccountSetting string(String key, String labelJa, String labelEn, boolean required, String def) {
        return new AccountSetting(key, labelJa, labelEn, Type.STRING, required, def, List.of(), 0, 0);
    }

    public static AccountSetting secret(String key, String labelJa, String labelEn) {
        return new AccountSetting(key, labelJa, labelEn, Type.SECRET, true, null, List.of(), 0, 0);
    }

    public static AccountSetting url(String key, String labelJa, String labelEn, boolean required, String def) {
        return new AccountSetting(key, labelJa, labelEn, Type.URL, required, def, List.of(), 0, 0);
    }

    public static AccountSetting integer(String key, String labelJa, String labelEn, int def, int min, int max) {
        return new AccountSetting(key, labelJa, labelEn, Type.INTEGER, false, Integer.toString(def), List.of(), min, max);
    }

    public static AccountSetting bool(String key, String labelJa, String labelEn, boolean def) {
        return new AccountSetting(key, labelJa, labelEn, Type.BOOLEAN, false, Boolean.toString(def), List.of(), 0, 0);
    }

    public static AccountSetting choice(String key, String labelJa, String labelEn, String def, List<String> choices) {
        return new AccountSetting(key, labelJa, labelEn, Type.CHOICE, false, def, choices, 0, 0);
    }

    public boolean isSecret() {
        return type == Type.SECRET;
    }
}

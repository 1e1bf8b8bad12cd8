package io.orderhub.rest.internal.dto;

import io.orderhub.core.spi.AccountSetting;

import java.util.List;

/**
 * One account setting a connector declares. For a secret, {@code key} is what a write sends it under, in
 * {@code settings} or {@code secrets}; its value is never returned.
 */
public record SettingDto(String key, String labelJa, String labelEn, String type, boolean required,
                         boolean secret, String defaultValue, List<String> choices, Integer min, Integer max) {

    public static SettingDto of(AccountSetting s) {
        boolean integer = s.type() == AccountSetting.Type.INTEGER;
        return new SettingDto(s.key(), s.labelJa(), s.labelEn(), s.type().name(), s.required(), s.isSecret(),
                s.isSecret() ? null : s.defaultValue(), s.choices(),
                integer ? s.min() : null, integer ? s.max() : null);
    }
}

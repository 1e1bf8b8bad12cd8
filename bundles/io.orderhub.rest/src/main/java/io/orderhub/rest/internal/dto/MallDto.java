package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.Mall;
import io.orderhub.core.spi.AccountSetting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An installed mall connector, the settings its accounts take and its accounts. */
public record MallDto(String id, String nameJa, String nameEn, List<String> capabilities,
                      List<SettingDto> settings, List<AccountDto> accounts) {

    public static MallDto of(Mall m) {
        Set<String> secrets = secretKeys(m);
        return new MallDto(m.id(), m.nameJa(), m.nameEn(),
                m.capabilities().stream().map(Enum::name).sorted().toList(),
                m.settings().stream().map(SettingDto::of).toList(),
                m.accounts().stream().map(a -> AccountDto.of(a, secrets)).toList());
    }

    public static Set<String> secretKeys(Mall m) {
        return m.settings().stream().filter(AccountSetting::isSecret).map(AccountSetting::key)
                .collect(Collectors.toSet());
    }
}

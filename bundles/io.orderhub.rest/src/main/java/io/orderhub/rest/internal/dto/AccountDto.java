package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.Account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A shop account. Secrets are write-only: {@code secretsSet} names the secrets that have a value, and no
 * secret value appears anywhere in this object.
 */
public record AccountDto(String id, String mallId, String name, Map<String, Object> settings,
                         List<String> secretsSet, boolean connectorInstalled, ConnectionDto connection) {

    /**
     * @param secretKeys keys the account's connector declares as secret; dropped from the settings even if a
     *                   service were to hand them out
     */
    public static AccountDto of(Account a, Set<String> secretKeys) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (a.settings() != null) {
            a.settings().forEach((k, v) -> {
                if (!k.startsWith(".") && !secretKeys.contains(k)) {
                    settings.put(k, v);
                }
            });
        }
        List<String> set = a.secretsSet() == null ? List.of() : List.copyOf(new TreeSet<>(a.secretsSet()));
        return new AccountDto(a.id(), a.mallId(), a.name(), settings, set, a.connectorInstalled(),
                ConnectionDto.of(a.status()));
    }
}

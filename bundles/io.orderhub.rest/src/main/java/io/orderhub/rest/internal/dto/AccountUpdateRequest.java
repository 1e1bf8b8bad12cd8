package io.orderhub.rest.internal.dto;

import java.util.Map;

/**
 * Body of {@code PUT /accounts/{accountId}}: the name and the settings to change; settings not given keep
 * their value, and a secret given as null keeps its value.
 */
public record AccountUpdateRequest(String name, Map<String, Object> settings, Map<String, String> secrets) {
}

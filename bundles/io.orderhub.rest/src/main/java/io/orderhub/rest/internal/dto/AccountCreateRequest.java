package io.orderhub.rest.internal.dto;

import java.util.Map;

/**
 * Body of {@code POST /accounts}. Secrets go in {@code secrets} (key with or without its leading dot) or in
 * {@code settings} under their dotted key.
 */
public record AccountCreateRequest(String id, String mallId, String name, Map<String, Object> settings,
                                   Map<String, String> secrets) {
}

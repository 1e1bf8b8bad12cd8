package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.StatusRuleUpdate;

import java.util.List;

/**
 * Body of {@code PUT /accounts/{accountId}/status-mapping}: the rows to change, all or nothing. A row names a
 * status (code or built-in label) and what changes in it; fields left out stay as they are.
 */
public record StatusMappingUpdateRequest(List<StatusRuleUpdate> rows) {
}

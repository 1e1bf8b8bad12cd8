package io.orderhub.rest.internal.dto;

/** Body of {@code PUT /accounts/{accountId}/status-mapping/{status}}: one row; fields left out stay as they are. */
public record StatusRulePatch(Boolean enabled, String orderStatus, String shipStatus) {
}

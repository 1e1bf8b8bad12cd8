package io.orderhub.rest.internal.dto;

/** Body of {@code POST /accounts/{accountId}/exports}: the creation period in days (1-13, default 3). */
public record ExportRequest(Integer days) {
}

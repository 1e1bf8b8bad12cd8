package io.orderhub.rest.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /accounts/{accountId}/exports}: the creation period in days (1-13, default 3), and
 * {@code wait}: run in the foreground (Y7), answering with the per-order results when done.
 */
public record ExportRequest(Integer days, @JsonProperty("wait") Boolean foreground) {
}

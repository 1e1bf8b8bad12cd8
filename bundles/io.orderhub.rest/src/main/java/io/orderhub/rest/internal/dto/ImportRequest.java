package io.orderhub.rest.internal.dto;

import java.time.LocalDate;

/** Optional body of {@code POST /accounts/{accountId}/imports}: order dates, both inclusive, shop's zone. */
public record ImportRequest(LocalDate from, LocalDate to) {
}

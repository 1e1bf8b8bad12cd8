package io.orderhub.rest.internal.dto;

import java.time.LocalDate;
import java.util.List;

/**
 * Optional body of {@code POST /accounts/{accountId}/imports}: order dates, both inclusive, shop's zone; and
 * for malls that can (capability IMPORT_BY_STATUS, F3), the mall's own statuses to fetch.
 */
public record ImportRequest(LocalDate from, LocalDate to, List<String> statuses) {
}

package io.orderhub.rest.internal.dto;

import java.util.List;

/** One page of an order search and the total number of matches. */
public record OrderPageDto(List<OrderSummaryDto> items, long total, int offset, int limit) {
}

package io.orderhub.rest.internal.dto;

import io.orderhub.core.model.Order;

import java.math.BigDecimal;
import java.time.Instant;

/** An order in a list: enough to find it and see where it stands. */
public record OrderSummaryDto(long id, String accountId, String mallId, String mallOrderNumber, Instant orderedAt,
                              StatusRef status, String buyerName, BigDecimal totalPrice, ShippingDto shipping,
                              Instant lastUpdatedAt) {

    public static OrderSummaryDto of(Order o, StatusLabels labels) {
        return new OrderSummaryDto(o.id(), o.accountId(), o.mallId(), o.mallOrderNumber(), o.orderedAt(),
                labels.ref(o.status()), o.buyer() == null ? null : o.buyer().name(), o.totalPrice(),
                ShippingDto.of(o.shipping()), o.lastUpdatedAt());
    }
}

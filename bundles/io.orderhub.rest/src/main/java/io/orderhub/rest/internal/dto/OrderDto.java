package io.orderhub.rest.internal.dto;

import io.orderhub.core.model.Order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One order with everything an operator sees; connector-private mall data is left out. */
public record OrderDto(long id, String accountId, String mallId, String mallOrderNumber, Instant orderedAt,
                       StatusRef status, String mallStatus, AddressDto buyer, AddressDto shipTo,
                       List<OrderLineDto> lines, String paymentMethod, String paymentStatus, BigDecimal totalPrice,
                       ShippingDto shipping, Instant lastUpdatedAt, Instant importedAt, Instant mallUpdatedAt,
                       long version) {

    public static OrderDto of(Order o, StatusLabels labels) {
        return new OrderDto(o.id(), o.accountId(), o.mallId(), o.mallOrderNumber(), o.orderedAt(),
                labels.ref(o.status()), o.mallStatus(), AddressDto.of(o.buyer()), AddressDto.of(o.shipTo()),
                o.lines().stream().map(OrderLineDto::of).toList(), o.paymentMethod(), o.paymentStatus(),
                o.totalPrice(), ShippingDto.of(o.shipping()), o.lastUpdatedAt(), o.importedAt(), o.mallUpdatedAt(),
                o.version());
    }
}

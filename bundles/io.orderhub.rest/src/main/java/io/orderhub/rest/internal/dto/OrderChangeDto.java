package io.orderhub.rest.internal.dto;

import io.orderhub.core.model.OrderChange;

import java.time.Instant;

/** One entry of an order's history. */
public record OrderChangeDto(Instant at, String actor, String kind, String detail) {

    public static OrderChangeDto of(OrderChange c) {
        return new OrderChangeDto(c.at(), c.actor(), c.kind(), c.detail());
    }
}

package io.orderhub.rest.internal.dto;

import io.orderhub.core.model.OrderStatus;

/** One status an order can be in. */
public record StatusDto(String code, String label, boolean builtIn) {

    public static StatusDto of(OrderStatus s) {
        return new StatusDto(s.code(), s.label(), s.builtIn());
    }
}

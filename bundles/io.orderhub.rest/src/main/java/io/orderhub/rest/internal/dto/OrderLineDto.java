package io.orderhub.rest.internal.dto;

import io.orderhub.core.model.OrderLine;

import java.math.BigDecimal;

/** One line of an order. */
public record OrderLineDto(int lineNo, String sku, String name, int quantity, BigDecimal unitPrice) {

    public static OrderLineDto of(OrderLine l) {
        return new OrderLineDto(l.lineNo(), l.sku(), l.name(), l.quantity(), l.unitPrice());
    }
}

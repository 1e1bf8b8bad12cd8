package io.orderhub.rest.internal.dto;

import io.orderhub.core.model.Shipping;

import java.time.LocalDate;
import java.util.List;

/** Shipping data as operators fill it in; dates are calendar dates in the shop's zone. */
public record ShippingDto(LocalDate shipDate, String carrier, List<String> trackingNumbers, LocalDate deliveryDate,
                          String deliveryTimeSlot) {

    public static ShippingDto of(Shipping s) {
        Shipping x = s == null ? Shipping.NONE : s;
        return new ShippingDto(x.shipDate(), x.carrier(), x.trackingNumbers(), x.deliveryDate(), x.deliveryTimeSlot());
    }
}

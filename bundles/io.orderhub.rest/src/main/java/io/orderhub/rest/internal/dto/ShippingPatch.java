package io.orderhub.rest.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The {@code shipping} part of an order patch; like the patch, it tells a present null from an absent field. */
public final class ShippingPatch {

    private final Set<String> present = new HashSet<>();
    private LocalDate shipDate;
    private String carrier;
    private List<String> trackingNumbers;
    private LocalDate deliveryDate;
    private String deliveryTimeSlot;

    @JsonProperty("shipDate")
    public void setShipDate(LocalDate v) {
        present.add("shipDate");
        shipDate = v;
    }

    @JsonProperty("carrier")
    public void setCarrier(String v) {
        present.add("carrier");
        carrier = v;
    }

    @JsonProperty("trackingNumbers")
    public void setTrackingNumbers(List<String> v) {
        present.add("trackingNumbers");
        trackingNumbers = v == null ? null : new ArrayList<>(v);
    }

    @JsonProperty("deliveryDate")
    public void setDeliveryDate(LocalDate v) {
        present.add("deliveryDate");
        deliveryDate = v;
    }

    @JsonProperty("deliveryTimeSlot")
    public void setDeliveryTimeSlot(String v) {
        present.add("deliveryTimeSlot");
        deliveryTimeSlot = v;
    }

    public boolean has(String field) {
        return present.contains(field);
    }

    public boolean isEmpty() {
        return present.isEmpty();
    }

    public LocalDate shipDate() {
        return shipDate;
    }

    public String carrier() {
        return carrier;
    }

    public List<String> trackingNumbers() {
        return trackingNumbers;
    }

    public LocalDate deliveryDate() {
        return deliveryDate;
    }

    public String deliveryTimeSlot() {
        return deliveryTimeSlot;
    }
}

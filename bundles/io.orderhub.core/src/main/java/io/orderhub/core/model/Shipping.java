package io.orderhub.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The shipping data an operator fills in and orderhub pushes back to the mall. Dates are calendar dates in
 * the shop's zone. Tracking numbers are kept as typed: free text such as 定形外郵便 is valid (SH4).
 */
public record Shipping(LocalDate shipDate, String carrier, List<String> trackingNumbers, LocalDate deliveryDate,
                       String deliveryTimeSlot) {

    public static final Shipping NONE = new Shipping(null, null, List.of(), null, null);

    public Shipping {
        trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
    }

    public boolean hasTrackingNumber() {
        return trackingNumbers.stream().anyMatch(t -> t != null && !t.isBlank());
    }

    public String firstTrackingNumber() {
        return trackingNumbers.stream().filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
    }
}

package io.orderhub.core.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An operator's change of an order: only the fields in {@code present} change; a present field with a null
 * value is cleared.
 */
public record OrderUpdate(Set<Field> present, String status, LocalDate shipDate, String carrier,
                          List<String> trackingNumbers, LocalDate deliveryDate, String deliveryTimeSlot) {

    public enum Field { STATUS, SHIP_DATE, CARRIER, TRACKING_NUMBERS, DELIVERY_DATE, DELIVERY_TIME_SLOT }

    public OrderUpdate {
        present = present.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(present));
        trackingNumbers = trackingNumbers == null ? null : List.copyOf(trackingNumbers);
    }

    public boolean has(Field f) {
        return present.contains(f);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the fields of an update one by one. */
    public static final class Builder {
        private final Set<Field> present = EnumSet.noneOf(Field.class);
        private String status;
        private LocalDate shipDate;
        private String carrier;
        private List<String> trackingNumbers;
        private LocalDate deliveryDate;
        private String deliveryTimeSlot;

        public Builder status(String v) { present.add(Field.STATUS); status = v; return this; }
        public Builder shipDate(LocalDate v) { present.add(Field.SHIP_DATE); shipDate = v; return this; }
        public Builder carrier(String v) { present.add(Field.CARRIER); carrier = v; return this; }
        public Builder trackingNumbers(List<String> v) { present.add(Field.TRACKING_NUMBERS); trackingNumbers = v; return this; }
        public Builder deliveryDate(LocalDate v) { present.add(Field.DELIVERY_DATE); deliveryDate = v; return this; }
        public Builder deliveryTimeSlot(String v) { present.add(Field.DELIVERY_TIME_SLOT); deliveryTimeSlot = v; return this; }

        public OrderUpdate build() {
            return new OrderUpdate(present, status, shipDate, carrier, trackingNumbers, deliveryDate, deliveryTimeSlot);
        }
    }
}

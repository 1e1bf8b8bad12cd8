package io.orderhub.rest.internal.dto;

import java.util.List;

/**
 * Body of {@code PUT /accounts/{accountId}/conversions}; what is left out stays as it is.
 *
 * @param carriers         rows to add or replace; an empty mallCode means the mall has none (orders not sent)
 * @param removeCarriers   the account's own carrier rows to drop (the mall's default applies again)
 * @param timeSlots        rows to add or replace
 * @param removeTimeSlots  the account's own time-slot rows to drop
 * @param noTrackingReason the mall's reason code for orders without tracking number; "" clears it
 */
public record ConversionsUpdateRequest(List<CarrierRow> carriers, List<String> removeCarriers,
                                       List<TimeSlotRow> timeSlots, List<String> removeTimeSlots,
                                       String noTrackingReason) {

    public record CarrierRow(String carrier, String mallCode, String mallName) {
    }

    public record TimeSlotRow(String timeSlot, String mallTimeSlot) {
    }
}

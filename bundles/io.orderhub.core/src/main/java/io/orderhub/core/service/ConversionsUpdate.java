package io.orderhub.core.service;

import java.util.List;

/**
 * A change to an account's conversion tables; what is null stays as it is.
 *
 * @param carriers         rows to add or replace (an empty mall code: the mall has none, orders are not sent)
 * @param removeCarriers   our carrier names whose account rows are removed (the mall's default applies again)
 * @param timeSlots        rows to add or replace
 * @param removeTimeSlots  our time slots whose account rows are removed
 * @param noTrackingReason the reason code for orders without tracking number; "" clears it
 */
public record ConversionsUpdate(List<CarrierConversion> carriers, List<String> removeCarriers,
                                List<TimeSlotConversion> timeSlots, List<String> removeTimeSlots,
                                String noTrackingReason) {
}

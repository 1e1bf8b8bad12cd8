package io.orderhub.core.service;

import io.orderhub.core.spi.MallStatusChoice;

import java.util.List;

/**
 * An account's conversion tables (C2, D7, Y6).
 *
 * @param unlistedCarrier          what a carrier not in the table becomes: NOT_SENT, AS_TYPED or FALLBACK
 * @param fallbackCarrierCode      the mall code sent for unlisted carriers under FALLBACK
 * @param noTrackingReason         the mall's reason code for orders without tracking number, or null
 * @param noTrackingReasonChoices  the codes the mall accepts (empty: the mall has no such field)
 */
public record ConversionsView(String accountId, String mallId, List<CarrierConversion> carriers,
                              String unlistedCarrier, String fallbackCarrierCode, String fallbackCarrierName,
                              List<TimeSlotConversion> timeSlots, String noTrackingReason,
                              List<MallStatusChoice> noTrackingReasonChoices) {
}

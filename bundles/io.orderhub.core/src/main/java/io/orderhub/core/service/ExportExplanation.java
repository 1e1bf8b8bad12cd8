package io.orderhub.core.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Whether one order is a target of the account's next export and, if not, every reason.
 *
 * @param accountId   the account whose export was asked about
 * @param days        the creation period assumed
 * @param periodStart orders last updated before this are outside the creation period
 * @param target      whether the next export would send it
 * @param fields      what would be sent (empty when not a target or unknown)
 * @param reasons     every reason it is not a target (empty when it is)
 */
public record ExportExplanation(long orderId, String mallOrderNumber, String orderAccountId, String accountId,
                                String mallId, String status, Instant orderedAt, Instant lastUpdatedAt, int days,
                                Instant periodStart, boolean target, Map<String, String> fields,
                                List<ExportReason> reasons) {
}

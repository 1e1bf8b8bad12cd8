package io.orderhub.core.service;

import java.time.Instant;
import java.util.List;

/**
 * What an export would do, without sending (Y2): every target with what it would send, and the orders of the
 * creation period that are not targets with every reason.
 *
 * @param periodStart orders last updated before this are outside the creation period
 */
public record ExportPreview(String accountId, String mallId, int days, Instant periodStart,
                            List<PreviewEntry> targets, List<PreviewEntry> excluded) {
}

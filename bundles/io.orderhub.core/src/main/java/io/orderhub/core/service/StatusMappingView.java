package io.orderhub.core.service;

import io.orderhub.core.spi.MallStatusChoice;

import java.util.List;

/**
 * An account's status mapping (Y5, F9, F11, SH2): one row per orderhub status, built-in and the shop's own.
 *
 * @param mallStatuses        whether the mall takes an order/ship status (otherwise a row only says "target")
 * @param orderStatusChoices  the mall's order statuses an operator may choose
 * @param shipStatusChoices   the mall's ship statuses an operator may choose
 */
public record StatusMappingView(String accountId, String mallId, boolean mallStatuses,
                                List<MallStatusChoice> orderStatusChoices, List<MallStatusChoice> shipStatusChoices,
                                List<StatusMappingEntry> rows) {
}

package io.orderhub.core.service;

import java.util.List;

/**
 * An account's export rules: status mapping (Y5, F9, F11, SH2), conversion tables (C2, D7, Y6), and the
 * explanation of why an order is or is not a target of the next export (seed 003 FAQ as product).
 */
public interface ExportRulesService {

    /** @throws NotFoundException for an unknown account */
    StatusMappingView statusMapping(String accountId);

    /**
     * Changes the given rows; all or nothing.
     *
     * @throws ValidationException naming the field (e.g. {@code rows[0].shipStatus}) for an unknown status or a
     *                             mall status not among the mall's choices
     * @throws ConflictException   when the account's connector is not installed (its choices are unknown)
     */
    StatusMappingView updateStatusMapping(String accountId, List<StatusRuleUpdate> updates);

    /** Drops the account's own rows: the mall's defaults apply again. */
    StatusMappingView resetStatusMapping(String accountId);

    ConversionsView conversions(String accountId);

    /** @throws ValidationException naming the field; nothing is changed then */
    ConversionsView updateConversions(String accountId, ConversionsUpdate update);

    /**
     * Whether the order is a target of the next export of {@code accountId} (null: the order's own account) with
     * a creation period of {@code days} (null: the default), and every reason when not.
     */
    ExportExplanation explain(long orderId, String accountId, Integer days);

    /** The same for an order given by its account and mall order number. */
    ExportExplanation explain(String accountId, String mallOrderNumber, Integer days);
}

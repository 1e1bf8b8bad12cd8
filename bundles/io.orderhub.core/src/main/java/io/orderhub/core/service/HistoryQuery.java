package io.orderhub.core.service;

import java.time.Instant;

/**
 * A search of the run history; every filter is optional (null).
 *
 * @param order   an order's id (digits) or mall order number
 * @param from    results at or after this instant
 * @param to      results before this instant
 */
public record HistoryQuery(String accountId, String order, JobResult.Outcome outcome, Instant from, Instant to,
                           int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public HistoryQuery {
        if (offset < 0) {
            throw new ValidationException("offset", "offset must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ValidationException("to", "to must be after from");
        }
    }
}

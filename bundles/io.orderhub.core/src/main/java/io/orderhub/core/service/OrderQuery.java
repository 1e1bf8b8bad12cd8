package io.orderhub.core.service;

import java.time.Instant;

/**
 * A search over stored orders; every filter is optional (null).
 *
 * @param updatedSince orders whose last operator update is at or after this instant
 * @param offset       paging: orders to skip
 * @param limit        paging: at most this many (1..1000)
 */
public record OrderQuery(String accountId, String mallId, String status, String mallOrderNumber,
                         Instant updatedSince, int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public OrderQuery {
        if (offset < 0) {
            throw new ValidationException("offset", "offset must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
    }
}

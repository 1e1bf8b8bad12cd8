package io.orderhub.core.service;

import java.time.Instant;

/**
 * Something the mall changed that orderhub cannot settle alone, for an operator: an order cancelled on the mall
 * while it is already being shipped (status 発送待ち, 発送後入金待ち or 処理済, shipping data entered, or already
 * exported to the mall).
 *
 * @param kind   {@code MALL_CANCELLED}
 * @param detail what orderhub saw, in the operator's words
 */
public record Conflict(long id, String accountId, long orderId, String mallOrderNumber, String kind, String detail,
                       State state, Instant createdAt, Instant resolvedAt, String resolvedBy, String note) {

    public static final String MALL_CANCELLED = "MALL_CANCELLED";

    public enum State { OPEN, RESOLVED }
}

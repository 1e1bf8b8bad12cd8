package io.orderhub.core.internal.store;

import io.orderhub.core.service.JobResult;

/**
 * How one target ended: its result, and what the outbox records for the version handed to the mall.
 *
 * @param sendState SENT, FAILED or SKIPPED for an order handed to the connector; null when it never was (e.g.
 *                  cancelled before its turn), then the outbox is left alone
 */
public record TargetOutcome(int seq, long orderId, long version, OutboxState sendState, JobResult result) {

    public enum OutboxState { IN_FLIGHT, SENT, FAILED, SKIPPED }
}

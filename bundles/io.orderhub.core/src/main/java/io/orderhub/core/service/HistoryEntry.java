package io.orderhub.core.service;

import java.time.Instant;

/**
 * One per-order result of an import or export run, with the run it belongs to.
 *
 * @param at when the result was recorded (the run's creation time for results that carry none)
 */
public record HistoryEntry(String jobId, Job.Kind kind, String accountId, String mallId, String actor,
                           Long orderId, String mallOrderNumber, JobResult.Outcome outcome, String message,
                           String failedCall, Instant at) {
}

package io.orderhub.core.service;

import java.time.Instant;
import java.util.Map;

/**
 * What one job did to one order.
 *
 * @param orderId    orderhub's order id, or null when the order could not be stored
 * @param failedCall for malls with several calls per order, the call that failed
 * @param sent       what was sent to the mall
 */
public record JobResult(Long orderId, String mallOrderNumber, Outcome outcome, String message, String failedCall,
                        Map<String, String> sent, Instant at) {

    public enum Outcome { IMPORTED, UPDATED, UNCHANGED, SENT, FAILED, SKIPPED }

    public JobResult {
        sent = sent == null ? Map.of() : Map.copyOf(sent);
    }
}

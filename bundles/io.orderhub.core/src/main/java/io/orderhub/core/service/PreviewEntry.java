package io.orderhub.core.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One order in an export preview: the fields it would send, or why it would not be sent. */
public record PreviewEntry(long orderId, String mallOrderNumber, String status, Instant lastUpdatedAt,
                           Map<String, String> fields, List<String> reasons) {
}

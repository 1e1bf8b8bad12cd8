package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.HistoryEntry;
import io.orderhub.core.service.HistoryPage;

import java.time.Instant;
import java.util.List;

/** One page of the run history, newest result first. */
public record HistoryPageDto(List<Entry> entries, long total, int offset, int limit) {

    /** One per-order result with its run. */
    public record Entry(String jobId, String kind, String accountId, String mallId, String actor, Long orderId,
                        String mallOrderNumber, String outcome, String message, String failedCall, Instant at) {

        static Entry of(HistoryEntry e) {
            return new Entry(e.jobId(), e.kind().name(), e.accountId(), e.mallId(), e.actor(), e.orderId(),
                    e.mallOrderNumber(), e.outcome().name(), e.message(), e.failedCall(), e.at());
        }
    }

    public static HistoryPageDto of(HistoryPage p) {
        return new HistoryPageDto(p.entries().stream().map(Entry::of).toList(), p.total(), p.offset(), p.limit());
    }
}

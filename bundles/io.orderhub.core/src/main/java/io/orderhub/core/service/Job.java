package io.orderhub.core.service;

import java.time.Instant;
import java.util.List;

/**
 * An import or export run and what it did to each order.
 *
 * @param days    for an export: the creation period used
 * @param message why the job failed as a whole, or null
 */
public record Job(String id, Kind kind, String accountId, String mallId, State state, String actor,
                  Integer days, Instant createdAt, Instant startedAt, Instant finishedAt, Counts counts,
                  String message, List<JobResult> results) {

    public enum Kind { IMPORT, EXPORT }

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** Progress and totals; {@code total} is -1 while unknown. */
    public record Counts(int total, int done, int sent, int failed, int skipped, int imported, int updated) {
        public static final Counts ZERO = new Counts(-1, 0, 0, 0, 0, 0, 0);
    }

    public Job {
        results = results == null ? List.of() : List.copyOf(results);
    }

    public boolean isFinished() {
        return state == State.SUCCEEDED || state == State.FAILED || state == State.CANCELLED;
    }
}

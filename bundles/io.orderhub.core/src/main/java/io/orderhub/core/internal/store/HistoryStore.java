package io.orderhub.core.internal.store;

import io.orderhub.core.service.HistoryPage;
import io.orderhub.core.service.HistoryQuery;

import java.time.Instant;

/** Searches and purges the stored runs (job, job_result); the job store writes them. */
public interface HistoryStore {

    HistoryPage search(HistoryQuery query);

    /**
     * Deletes the finished runs, with their per-order results, that finished before {@code cutoff}. Runs that
     * have not finished are kept whatever their age.
     *
     * @return how many runs were deleted
     */
    int purgeFinishedBefore(Instant cutoff);
}

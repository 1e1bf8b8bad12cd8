package io.orderhub.core.internal.store;

import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;

import java.util.List;
import java.util.Optional;

/** Jobs and their per-order results, kept so they can be read back later. */
public interface JobStore {

    /** Inserts the job, or replaces its state, counts, times and message (results are appended separately). */
    void save(Job job);

    void addResults(String jobId, List<JobResult> results);

    /** The job with all its results, in the order they were added. */
    Optional<Job> find(String jobId);

    /** Newest first, without results; accountId null for all accounts. */
    List<Job> list(String accountId, int limit);

    /**
     * The version of the order last sent successfully to the mall, or -1. The engine uses it to say
     * "already sent unchanged".
     */
    long lastSentVersion(long orderId);

    void recordSent(long orderId, long version, String jobId);
}

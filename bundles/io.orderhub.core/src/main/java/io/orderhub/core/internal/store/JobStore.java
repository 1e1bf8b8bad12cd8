package io.orderhub.core.internal.store;

import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;

import java.util.List;
import java.util.Map;
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
     * The version of the order last sent successfully to the mall (the newest SENT entry of the outbox), or -1.
     * The engine uses it to say "already sent unchanged".
     */
    long lastSentVersion(long orderId);

    /** Records a successful send outside a job's targets (an outbox entry SENT). */
    void recordSent(long orderId, long version, String jobId);

    // ------------------------------------------------------------ resumable jobs (issue 3)

    /** Merges these entries into what the job needs to resume (a null value removes the key). */
    void putParams(String jobId, Map<String, String> params);

    /** What the job needs to resume; empty for jobs saved before V003. */
    Map<String, String> params(String jobId);

    /** Records who asked to cancel the job; the run sees it at its next order, even after a restart. */
    void requestCancel(String jobId, String actor);

    /** Who asked to cancel the job, or null. */
    String cancelledBy(String jobId);

    /** The job with a page of its results (in the order they were added), or empty. */
    Optional<Job> find(String jobId, int resultsOffset, int resultsLimit);

    /** Counts recomputed from the stored results ({@code total} as given). */
    Job.Counts countResults(String jobId, int total);

    /** Adds targets and results of the selection phase in one transaction. */
    void addTargets(String jobId, List<JobTarget> targets, List<JobResult> results);

    /** Forgets a job's targets and results (a selection interrupted by a crash starts again). */
    void clearTargets(String jobId);

    /** Targets not DONE with seq greater than {@code afterSeq}, in seq order, at most {@code limit}. */
    List<JobTarget> openTargets(String jobId, int afterSeq, int limit);

    /**
     * Before the connector is called: the targets become IN_FLIGHT with the versions handed over, and the outbox
     * gets (or updates) one IN_FLIGHT entry per order of this job - one transaction.
     */
    void markInFlight(String jobId, List<JobTarget> targets);

    /** After the call: results stored, targets DONE, outbox entries SENT/FAILED/SKIPPED - one transaction. */
    void complete(String jobId, List<TargetOutcome> outcomes);
}

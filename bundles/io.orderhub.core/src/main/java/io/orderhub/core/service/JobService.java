package io.orderhub.core.service;

import java.util.List;

/** Jobs run earlier or now; kept in the store so that they can be read back later. */
public interface JobService {

    /** @throws NotFoundException when there is no such job */
    Job get(String jobId);

    /**
     * The job with one page of its per-order results (in the order they were recorded), so that a job of
     * 100,000 orders is read in pages. Counts are those of the whole job.
     *
     * @throws NotFoundException   when there is no such job
     * @throws ValidationException for a negative offset or limit
     * @since 1.1
     */
    default Job get(String jobId, int resultsOffset, int resultsLimit) {
        Job job = get(jobId);
        List<JobResult> all = job.results();
        int from = Math.min(Math.max(0, resultsOffset), all.size());
        int to = (int) Math.min(all.size(), (long) from + Math.max(0, resultsLimit));
        return new Job(job.id(), job.kind(), job.accountId(), job.mallId(), job.state(), job.actor(), job.days(),
                job.createdAt(), job.startedAt(), job.finishedAt(), job.counts(), job.message(), all.subList(from, to));
    }

    /**
     * Cancels a queued or running job: it stops at its next order, and every order it has not sent gets a
     * result saying it was not sent because {@code actor} cancelled the job; the job ends CANCELLED.
     *
     * @return the job as it is right after the request (it may still be finishing its current order)
     * @throws NotFoundException when there is no such job
     * @throws ConflictException when the job has already finished
     * @since 1.1
     */
    default Job cancel(String jobId, String actor) {
        throw new UnsupportedOperationException("cancel");
    }

    /** The newest jobs first, of one account or of all (accountId null). */
    List<Job> list(String accountId, int limit);

    /**
     * Waits until the job finished or the timeout passed, and returns it as it is then. A job of many orders
     * comes back with its first results only (1,000 in the engine); {@link #get(String, int, int)} reads the rest.
     */
    Job await(String jobId, java.time.Duration timeout) throws InterruptedException;
}

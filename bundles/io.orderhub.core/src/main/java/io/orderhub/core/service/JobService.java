package io.orderhub.core.service;

import java.util.List;

/** Jobs run earlier or now; kept in the store so that they can be read back later. */
public interface JobService {

    /** @throws NotFoundException when there is no such job */
    Job get(String jobId);

    /** The newest jobs first, of one account or of all (accountId null). */
    List<Job> list(String accountId, int limit);

    /** Waits until the job finished or the timeout passed, and returns it as it is then. */
    Job await(String jobId, java.time.Duration timeout) throws InterruptedException;
}

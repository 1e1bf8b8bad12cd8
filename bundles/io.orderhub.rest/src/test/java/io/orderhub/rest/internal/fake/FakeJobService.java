package io.orderhub.rest.internal.fake;

import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobService;
import io.orderhub.core.service.NotFoundException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class FakeJobService implements JobService {

    private final FakeBackend backend;

    public FakeJobService(FakeBackend backend) {
        this.backend = backend;
    }

    @Override
    public synchronized Job get(String jobId) {
        Job job = backend.jobs.get(jobId);
        if (job == null) {
            throw new NotFoundException("job", jobId);
        }
        return job;
    }

    @Override
    public synchronized List<Job> list(String accountId, int limit) {
        List<Job> all = new ArrayList<>(backend.jobs.values());
        Collections.reverse(all);
        return all.stream().filter(j -> accountId == null || j.accountId().equals(accountId)).limit(limit).toList();
    }

    @Override
    public Job await(String jobId, Duration timeout) {
        return get(jobId);
    }

    @Override
    public synchronized Job cancel(String jobId, String actor) {
        Job job = get(jobId);
        if (job.isFinished()) {
            throw new ConflictException("state", "job " + jobId + " has already finished (" + job.state() + ")");
        }
        Job cancelled = new Job(job.id(), job.kind(), job.accountId(), job.mallId(), Job.State.CANCELLED, job.actor(),
                job.days(), job.createdAt(), job.startedAt(), FakeBackend.NOW, job.counts(), "cancelled by " + actor,
                job.results());
        backend.jobs.put(jobId, cancelled);
        backend.writes.incrementAndGet();
        return cancelled;
    }
}

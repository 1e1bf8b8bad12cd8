package io.orderhub.core.internal.sync;

import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A job while it runs: counts move with every order, results are buffered and flushed to the job store in
 * batches so that a large run neither holds every result in memory nor writes one row at a time.
 */
final class LiveJob {

    private Job job;
    private final List<JobResult> pending = new ArrayList<>();
    private int total = -1;
    private int done;
    private int sent;
    private int failed;
    private int skipped;
    private int imported;
    private int updated;
    private volatile String cancelledBy;

    LiveJob(Job job) {
        this.job = job;
        if (job.counts() != null) {
            restore(job.counts());
        }
    }

    synchronized String id() {
        return job.id();
    }

    synchronized void total(int total) {
        this.total = total;
    }

    synchronized void add(JobResult result) {
        pending.add(result);
        counted(result);
    }

    /** Counts a result that the run stored itself (an export stores results with its targets). */
    synchronized void counted(JobResult result) {
        done++;
        switch (result.outcome()) {
            case SENT -> sent++;
            case FAILED -> failed++;
            case SKIPPED -> skipped++;
            case IMPORTED -> imported++;
            case UPDATED -> updated++;
            case UNCHANGED -> { }
        }
    }

    /** Counts as stored before a restart, so a resumed job goes on counting from there. */
    synchronized void restore(Job.Counts counts) {
        total = counts.total();
        done = counts.done();
        sent = counts.sent();
        failed = counts.failed();
        skipped = counts.skipped();
        imported = counts.imported();
        updated = counts.updated();
    }

    /** Asks the run to stop at its next order. */
    void cancel(String actor) {
        if (cancelledBy == null) {
            cancelledBy = actor == null ? "unknown" : actor;
        }
    }

    /** Who asked to cancel, or null. */
    String cancelledBy() {
        return cancelledBy;
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    /** Takes the buffered results for the store. */
    synchronized List<JobResult> drain() {
        List<JobResult> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    synchronized Job.Counts counts() {
        return new Job.Counts(total, done, sent, failed, skipped, imported, updated);
    }

    synchronized Job snapshot() {
        return new Job(job.id(), job.kind(), job.accountId(), job.mallId(), job.state(), job.actor(), job.days(),
                job.createdAt(), job.startedAt(), job.finishedAt(), counts(), job.message(), List.of());
    }

    synchronized void started(Instant at) {
        // a job resumed after a restart keeps the time it first started
        job = new Job(job.id(), job.kind(), job.accountId(), job.mallId(), Job.State.RUNNING, job.actor(), job.days(),
                job.createdAt(), job.startedAt() == null ? at : job.startedAt(), null, counts(), null, List.of());
    }

    synchronized void finished(Job.State state, String message, Instant at) {
        if (total < 0) {
            total = done;
        }
        job = new Job(job.id(), job.kind(), job.accountId(), job.mallId(), state, job.actor(), job.days(),
                job.createdAt(), job.startedAt(), at, counts(), message, List.of());
        notifyAll();
    }
}

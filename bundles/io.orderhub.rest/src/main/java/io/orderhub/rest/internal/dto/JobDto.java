package io.orderhub.rest.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An import or export job. {@code results} (one per order) is given by {@code GET /jobs/{jobId}} and left out
 * of lists.
 */
public record JobDto(String id, String kind, String accountId, String mallId, String state, boolean finished,
                     String actor, Integer days, Instant createdAt, Instant startedAt, Instant finishedAt,
                     Counts counts, String message,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<Result> results,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer resultsOffset,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Integer resultsLimit) {

    /** Totals; {@code total} is -1 while unknown. */
    public record Counts(int total, int done, int sent, int failed, int skipped, int imported, int updated) {
    }

    /** What the job did to one order; {@code message} is the mall's own message on failure. */
    public record Result(Long orderId, String mallOrderNumber, String outcome, String message, String failedCall,
                         Map<String, String> sent, Instant at) {

        static Result of(JobResult r) {
            return new Result(r.orderId(), r.mallOrderNumber(), r.outcome().name(), r.message(), r.failedCall(),
                    r.sent(), r.at());
        }
    }

    public static JobDto of(Job j, boolean withResults) {
        return of(j, withResults, null, null);
    }

    /** With one page of results: {@code counts.done} results exist in all. */
    public static JobDto of(Job j, int resultsOffset, int resultsLimit) {
        return of(j, true, resultsOffset, resultsLimit);
    }

    private static JobDto of(Job j, boolean withResults, Integer resultsOffset, Integer resultsLimit) {
        Job.Counts c = j.counts() == null ? Job.Counts.ZERO : j.counts();
        return new JobDto(j.id(), j.kind().name(), j.accountId(), j.mallId(), j.state().name(), j.isFinished(),
                j.actor(), j.days(), j.createdAt(), j.startedAt(), j.finishedAt(),
                new Counts(c.total(), c.done(), c.sent(), c.failed(), c.skipped(), c.imported(), c.updated()),
                j.message(), withResults ? j.results().stream().map(Result::of).toList() : null, resultsOffset,
                resultsLimit);
    }
}

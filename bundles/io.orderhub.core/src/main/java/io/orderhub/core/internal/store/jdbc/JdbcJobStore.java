package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.internal.store.JobTarget;
import io.orderhub.core.internal.store.TargetOutcome;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.orderhub.core.internal.store.jdbc.JdbcOrderStore.requireText;

/** {@link JobStore} on JDBC; one transaction per method. */
final class JdbcJobStore implements JobStore {

    private static final String JOB_COLUMNS = "id, kind, account_id, mall_id, state, actor, days, created_at,"
            + " started_at, finished_at, count_total, count_done, count_sent, count_failed, count_skipped,"
            + " count_imported, count_updated, message";

    private final Database db;
    private final JsonColumns json;
    private final Clock clock;

    JdbcJobStore(Database db, JsonColumns json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void save(Job job) {
        Objects.requireNonNull(job, "job");
        requireText(job.id(), "job.id");
        Objects.requireNonNull(job.kind(), "job.kind");
        Objects.requireNonNull(job.state(), "job.state");
        Objects.requireNonNull(job.createdAt(), "job.createdAt");
        Job.Counts counts = job.counts() == null ? Job.Counts.ZERO : job.counts();
        // update first: a job is saved once when created and many times while it runs
        db.retrying("saving job " + job.id(), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE job SET kind = ?, account_id = ?, mall_id = ?,"
                    + " state = ?, actor = ?, days = ?, created_at = ?, started_at = ?, finished_at = ?,"
                    + " count_total = ?, count_done = ?, count_sent = ?, count_failed = ?, count_skipped = ?,"
                    + " count_imported = ?, count_updated = ?, message = ? WHERE id = ?")) {
                int i = bindJob(ps, job, counts);
                ps.setString(++i, job.id());
                if (ps.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO job (kind, account_id, mall_id, state, actor,"
                    + " days, created_at, started_at, finished_at, count_total, count_done, count_sent, count_failed,"
                    + " count_skipped, count_imported, count_updated, message, id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = bindJob(ps, job, counts);
                ps.setString(++i, job.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static int bindJob(PreparedStatement ps, Job job, Job.Counts counts) throws SQLException {
        int i = 0;
        ps.setString(++i, job.kind().name());
        Sql.setString(ps, ++i, job.accountId());
        Sql.setString(ps, ++i, job.mallId());
        ps.setString(++i, job.state().name());
        Sql.setString(ps, ++i, job.actor());
        Sql.setInteger(ps, ++i, job.days());
        Sql.setInstant(ps, ++i, job.createdAt());
        Sql.setInstant(ps, ++i, job.startedAt());
        Sql.setInstant(ps, ++i, job.finishedAt());
        ps.setInt(++i, counts.total());
        ps.setInt(++i, counts.done());
        ps.setInt(++i, counts.sent());
        ps.setInt(++i, counts.failed());
        ps.setInt(++i, counts.skipped());
        ps.setInt(++i, counts.imported());
        ps.setInt(++i, counts.updated());
        Sql.setString(ps, ++i, job.message());
        return i;
    }

    /** The job must have been saved first. */
    @Override
    public void addResults(String jobId, List<JobResult> results) {
        requireText(jobId, "jobId");
        Objects.requireNonNull(results, "results");
        if (results.isEmpty()) {
            return;
        }
        db.transaction("adding results to job " + jobId, c -> {
            insertResults(c, jobId, results);
            return null;
        });
    }

    private void insertResults(Connection c, String jobId, List<JobResult> results) throws SQLException {
        if (results.isEmpty()) {
            return;
        }
        {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO job_result (job_id, order_id,"
                    + " mall_order_number, outcome, message, failed_call, sent, result_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (JobResult r : results) {
                    Objects.requireNonNull(r.outcome(), "result.outcome");
                    int i = 0;
                    ps.setString(++i, jobId);
                    Sql.setLong(ps, ++i, r.orderId());
                    Sql.setString(ps, ++i, r.mallOrderNumber());
                    ps.setString(++i, r.outcome().name());
                    Sql.setString(ps, ++i, r.message());
                    Sql.setString(ps, ++i, r.failedCall());
                    Sql.setString(ps, ++i, r.sent().isEmpty() ? null : json.stringMap(r.sent()));
                    Sql.setInstant(ps, ++i, r.at());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    @Override
    public Optional<Job> find(String jobId) {
        requireText(jobId, "jobId");
        return db.transaction("reading job " + jobId, c -> {
            Job job;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + JOB_COLUMNS + " FROM job WHERE id = ?")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    job = toJob(rs, List.of());
                }
            }
            return Optional.of(withResults(job, results(c, jobId, 0, Integer.MAX_VALUE)));
        });
    }

    @Override
    public Optional<Job> find(String jobId, int resultsOffset, int resultsLimit) {
        requireText(jobId, "jobId");
        if (resultsOffset < 0 || resultsLimit < 0) {
            throw new IllegalArgumentException("results offset and limit must be 0 or more");
        }
        return db.transaction("reading job " + jobId, c -> {
            Job job;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + JOB_COLUMNS + " FROM job WHERE id = ?")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    job = toJob(rs, List.of());
                }
            }
            return Optional.of(withResults(job, resultsLimit == 0 ? List.of()
                    : results(c, jobId, resultsOffset, resultsLimit)));
        });
    }

    private List<JobResult> results(Connection c, String jobId, int offset, int limit) throws SQLException {
        List<JobResult> results = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT order_id, mall_order_number, outcome, message,"
                + " failed_call, sent, result_at FROM job_result WHERE job_id = ? ORDER BY id LIMIT ? OFFSET ?")) {
            ps.setString(1, jobId);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    results.add(new JobResult(Sql.getLong(rs, "order_id"), rs.getString("mall_order_number"),
                            JobResult.Outcome.valueOf(rs.getString("outcome")), rs.getString("message"),
                            rs.getString("failed_call"), json.stringMap(rs.getString("sent")),
                            Sql.getInstant(rs, "result_at")));
                }
            }
        }
        return results;
    }

    @Override
    public List<Job> list(String accountId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more");
        }
        String sql = "SELECT " + JOB_COLUMNS + " FROM job" + (accountId == null ? "" : " WHERE account_id = ?")
                + " ORDER BY created_at DESC, seq DESC LIMIT ?";
        return db.transaction("listing jobs", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 0;
                if (accountId != null) {
                    ps.setString(++i, accountId);
                }
                ps.setInt(++i, limit);
                List<Job> jobs = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        jobs.add(toJob(rs, List.of()));
                    }
                }
                return jobs;
            }
        });
    }

    @Override
    public long lastSentVersion(long orderId) {
        return db.transaction("reading the outbox of order " + orderId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MAX(version) FROM outbox WHERE order_id = ? AND state = 'SENT'")) {
                ps.setLong(1, orderId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long version = rs.getLong(1);
                    return rs.wasNull() ? -1L : version;
                }
            }
        });
    }

    @Override
    public void recordSent(long orderId, long version, String jobId) {
        db.transaction("recording export of order " + orderId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (order_id, version, job_id, state,"
                    + " created_at, updated_at) VALUES (?, ?, ?, 'SENT', ?, ?)")) {
                Instant now = clock.instant();
                ps.setLong(1, orderId);
                ps.setLong(2, version);
                Sql.setString(ps, 3, jobId);
                Sql.setInstant(ps, 4, now);
                Sql.setInstant(ps, 5, now);
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ------------------------------------------------------------ resumable jobs

    @Override
    public void putParams(String jobId, Map<String, String> params) {
        requireText(jobId, "jobId");
        Objects.requireNonNull(params, "params");
        db.transaction("saving the parameters of job " + jobId, c -> {
            Map<String, String> merged = new LinkedHashMap<>(readParams(c, jobId));
            params.forEach((k, v) -> {
                if (v == null) {
                    merged.remove(k);
                } else {
                    merged.put(k, v);
                }
            });
            try (PreparedStatement ps = c.prepareStatement("UPDATE job SET params = ? WHERE id = ?")) {
                ps.setString(1, json.stringMap(merged));
                ps.setString(2, jobId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("no job " + jobId);
                }
            }
            return null;
        });
    }

    @Override
    public Map<String, String> params(String jobId) {
        requireText(jobId, "jobId");
        return db.transaction("reading the parameters of job " + jobId, c -> readParams(c, jobId));
    }

    private Map<String, String> readParams(Connection c, String jobId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT params FROM job WHERE id = ?")) {
            ps.setString(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? json.stringMap(rs.getString(1)) : Map.of();
            }
        }
    }

    @Override
    public void requestCancel(String jobId, String actor) {
        requireText(jobId, "jobId");
        db.transaction("cancelling job " + jobId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE job SET cancelled_by = ? WHERE id = ? AND cancelled_by IS NULL")) {
                ps.setString(1, actor == null ? "unknown" : actor);
                ps.setString(2, jobId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public String cancelledBy(String jobId) {
        requireText(jobId, "jobId");
        return db.transaction("reading job " + jobId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT cancelled_by FROM job WHERE id = ?")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Override
    public Job.Counts countResults(String jobId, int total) {
        requireText(jobId, "jobId");
        return db.transaction("counting results of job " + jobId, c -> {
            Map<JobResult.Outcome, Integer> n = new EnumMap<>(JobResult.Outcome.class);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT outcome, COUNT(*) FROM job_result WHERE job_id = ? GROUP BY outcome")) {
                ps.setString(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n.put(JobResult.Outcome.valueOf(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
            int done = n.values().stream().mapToInt(Integer::intValue).sum();
            return new Job.Counts(total, done, n.getOrDefault(JobResult.Outcome.SENT, 0),
                    n.getOrDefault(JobResult.Outcome.FAILED, 0), n.getOrDefault(JobResult.Outcome.SKIPPED, 0),
                    n.getOrDefault(JobResult.Outcome.IMPORTED, 0), n.getOrDefault(JobResult.Outcome.UPDATED, 0));
        });
    }

    @Override
    public void addTargets(String jobId, List<JobTarget> targets, List<JobResult> results) {
        requireText(jobId, "jobId");
        db.transaction("adding targets to job " + jobId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO job_target (job_id, seq, order_id, version, state) VALUES (?, ?, ?, ?, ?)")) {
                for (JobTarget t : targets) {
                    ps.setString(1, jobId);
                    ps.setInt(2, t.seq());
                    ps.setLong(3, t.orderId());
                    ps.setLong(4, t.version());
                    ps.setString(5, t.state().name());
                    ps.addBatch();
                }
                if (!targets.isEmpty()) {
                    ps.executeBatch();
                }
            }
            insertResults(c, jobId, results);
            return null;
        });
    }

    @Override
    public void clearTargets(String jobId) {
        requireText(jobId, "jobId");
        db.transaction("clearing targets of job " + jobId, c -> {
            for (String table : List.of("job_target", "job_result")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE job_id = ?")) {
                    ps.setString(1, jobId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<JobTarget> openTargets(String jobId, int afterSeq, int limit) {
        requireText(jobId, "jobId");
        return db.transaction("reading targets of job " + jobId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, order_id, version, state FROM job_target"
                    + " WHERE job_id = ? AND seq > ? AND state <> 'DONE' ORDER BY seq LIMIT ?")) {
                ps.setString(1, jobId);
                ps.setInt(2, afterSeq);
                ps.setInt(3, limit);
                List<JobTarget> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new JobTarget(rs.getInt(1), rs.getLong(2), rs.getLong(3),
                                JobTarget.State.valueOf(rs.getString(4))));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void markInFlight(String jobId, List<JobTarget> targets) {
        requireText(jobId, "jobId");
        Instant now = clock.instant();
        db.transaction("marking targets of job " + jobId + " in flight", c -> {
            try (PreparedStatement target = c.prepareStatement(
                    "UPDATE job_target SET state = 'IN_FLIGHT', version = ? WHERE job_id = ? AND seq = ?")) {
                for (JobTarget t : targets) {
                    target.setLong(1, t.version());
                    target.setString(2, jobId);
                    target.setInt(3, t.seq());
                    target.addBatch();
                }
                target.executeBatch();
            }
            for (JobTarget t : targets) {
                try (PreparedStatement upd = c.prepareStatement("UPDATE outbox SET state = 'IN_FLIGHT', version = ?,"
                        + " updated_at = ? WHERE job_id = ? AND order_id = ?")) {
                    upd.setLong(1, t.version());
                    Sql.setInstant(upd, 2, now);
                    upd.setString(3, jobId);
                    upd.setLong(4, t.orderId());
                    if (upd.executeUpdate() > 0) {
                        continue;
                    }
                }
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO outbox (order_id, version, job_id,"
                        + " state, created_at, updated_at) VALUES (?, ?, ?, 'IN_FLIGHT', ?, ?)")) {
                    ins.setLong(1, t.orderId());
                    ins.setLong(2, t.version());
                    ins.setString(3, jobId);
                    Sql.setInstant(ins, 4, now);
                    Sql.setInstant(ins, 5, now);
                    ins.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void complete(String jobId, List<TargetOutcome> outcomes) {
        requireText(jobId, "jobId");
        Instant now = clock.instant();
        db.transaction("completing targets of job " + jobId, c -> {
            try (PreparedStatement target = c.prepareStatement(
                    "UPDATE job_target SET state = 'DONE' WHERE job_id = ? AND seq = ?");
                 PreparedStatement outbox = c.prepareStatement("UPDATE outbox SET state = ?, version = ?,"
                         + " updated_at = ? WHERE job_id = ? AND order_id = ?")) {
                boolean anyOutbox = false;
                for (TargetOutcome o : outcomes) {
                    target.setString(1, jobId);
                    target.setInt(2, o.seq());
                    target.addBatch();
                    if (o.sendState() != null) {
                        outbox.setString(1, o.sendState().name());
                        outbox.setLong(2, o.version());
                        Sql.setInstant(outbox, 3, now);
                        outbox.setString(4, jobId);
                        outbox.setLong(5, o.orderId());
                        outbox.addBatch();
                        anyOutbox = true;
                    }
                }
                if (!outcomes.isEmpty()) {
                    target.executeBatch();
                }
                if (anyOutbox) {
                    outbox.executeBatch();
                }
            }
            insertResults(c, jobId, outcomes.stream().map(TargetOutcome::result).toList());
            return null;
        });
    }

    private static Job toJob(ResultSet rs, List<JobResult> results) throws SQLException {
        Job.Counts counts = new Job.Counts(rs.getInt("count_total"), rs.getInt("count_done"),
                rs.getInt("count_sent"), rs.getInt("count_failed"), rs.getInt("count_skipped"),
                rs.getInt("count_imported"), rs.getInt("count_updated"));
        return new Job(rs.getString("id"), Job.Kind.valueOf(rs.getString("kind")), rs.getString("account_id"),
                rs.getString("mall_id"), Job.State.valueOf(rs.getString("state")), rs.getString("actor"),
                Sql.getInteger(rs, "days"), Sql.getInstant(rs, "created_at"), Sql.getInstant(rs, "started_at"),
                Sql.getInstant(rs, "finished_at"), counts, rs.getString("message"), results);
    }

    private static Job withResults(Job j, List<JobResult> results) {
        return new Job(j.id(), j.kind(), j.accountId(), j.mallId(), j.state(), j.actor(), j.days(), j.createdAt(),
                j.startedAt(), j.finishedAt(), j.counts(), j.message(), results);
    }
}

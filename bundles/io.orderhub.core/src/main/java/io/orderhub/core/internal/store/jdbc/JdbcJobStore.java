package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
            return null;
        });
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
            return Optional.of(withResults(job, results(c, jobId)));
        });
    }

    private List<JobResult> results(Connection c, String jobId) throws SQLException {
        List<JobResult> results = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT order_id, mall_order_number, outcome, message,"
                + " failed_call, sent, result_at FROM job_result WHERE job_id = ? ORDER BY id")) {
            ps.setString(1, jobId);
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
        return db.transaction("reading export record of order " + orderId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MAX(version) FROM export_record WHERE order_id = ?")) {
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
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO export_record (order_id, version, job_id, sent_at) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, orderId);
                ps.setLong(2, version);
                Sql.setString(ps, 3, jobId);
                Sql.setInstant(ps, 4, clock.instant());
                ps.executeUpdate();
            }
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

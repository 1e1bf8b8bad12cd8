package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.internal.store.HistoryStore;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.service.HistoryEntry;
import io.orderhub.core.service.HistoryPage;
import io.orderhub.core.service.HistoryQuery;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Searches the per-order results of runs (job_result joined with its job for the account) and purges old
 * runs; starts after {@link JdbcStore} migrated the schema.
 */
@Component(service = HistoryStore.class)
public class JdbcHistoryStore implements HistoryStore {

    private static final String FROM = " FROM job_result r JOIN job j ON j.id = r.job_id";

    private final Database db;

    @Activate
    public JdbcHistoryStore(@Reference(name = "dataSource", target = "(dataSourceName=orderhub)") DataSource dataSource,
                            @Reference OrderStore migrated) {
        this.db = new Database(dataSource);
    }

    @Override
    public HistoryPage search(HistoryQuery q) {
        Objects.requireNonNull(q, "query");
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (q.accountId() != null) {
            conditions.add("j.account_id = ?");
            params.add(q.accountId());
        }
        if (q.order() != null) {
            if (q.order().matches("\\d{1,18}")) {
                conditions.add("(r.order_id = ? OR r.mall_order_number = ?)");
                params.add(Long.parseLong(q.order()));
            } else {
                conditions.add("r.mall_order_number = ?");
            }
            params.add(q.order());
        }
        if (q.outcome() != null) {
            conditions.add("r.outcome = ?");
            params.add(q.outcome().name());
        }
        if (q.from() != null) {
            conditions.add("r.result_at >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            conditions.add("r.result_at < ?");
            params.add(q.to());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return db.transaction("searching the history", c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + FROM + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<HistoryEntry> entries = new ArrayList<>();
            if (q.offset() < total) {
                try (PreparedStatement ps = c.prepareStatement("SELECT j.id AS job_id, j.kind, j.account_id,"
                        + " j.mall_id, j.actor, j.created_at, r.order_id, r.mall_order_number, r.outcome, r.message,"
                        + " r.failed_call, r.result_at" + FROM + where + " ORDER BY r.result_at DESC NULLS LAST, r.id DESC LIMIT ? OFFSET ?")) {
                    int i = bind(ps, params);
                    ps.setInt(++i, q.limit());
                    ps.setInt(++i, q.offset());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            entries.add(toEntry(rs));
                        }
                    }
                }
            }
            return new HistoryPage(entries, total, q.offset(), q.limit());
        });
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return db.transaction("purging runs finished before " + cutoff, c -> {
            // results first, without relying on the cascade, so the purge is explicit about what it removes
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM job_result WHERE job_id IN"
                    + " (SELECT id FROM job WHERE finished_at IS NOT NULL AND finished_at < ?)")) {
                Sql.setInstant(ps, 1, cutoff);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM job WHERE finished_at IS NOT NULL AND finished_at < ?")) {
                Sql.setInstant(ps, 1, cutoff);
                return ps.executeUpdate();
            }
        });
    }

    private static HistoryEntry toEntry(ResultSet rs) throws SQLException {
        Instant at = Sql.getInstant(rs, "result_at");
        return new HistoryEntry(rs.getString("job_id"), Job.Kind.valueOf(rs.getString("kind")),
                rs.getString("account_id"), rs.getString("mall_id"), rs.getString("actor"),
                Sql.getLong(rs, "order_id"), rs.getString("mall_order_number"),
                JobResult.Outcome.valueOf(rs.getString("outcome")), rs.getString("message"),
                rs.getString("failed_call"), at != null ? at : Sql.getInstant(rs, "created_at"));
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 0;
        for (Object p : params) {
            if (p instanceof Instant instant) {
                Sql.setInstant(ps, ++i, instant);
            } else if (p instanceof Long n) {
                ps.setLong(++i, n);
            } else {
                ps.setString(++i, (String) p);
            }
        }
        return i;
    }
}

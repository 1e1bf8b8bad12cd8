package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.internal.store.ConflictStore;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.service.Conflict;
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
import java.util.Optional;

import static io.orderhub.core.internal.store.jdbc.JdbcOrderStore.requireText;

/** The conflict list on the {@code orderhub} DataSource; starts after {@link JdbcStore} migrated the schema. */
@Component(service = ConflictStore.class)
public class JdbcConflictStore implements ConflictStore {

    private static final String COLUMNS = "id, account_id, order_id, mall_order_number, kind, detail, state,"
            + " created_at, resolved_at, resolved_by, note";

    private final Database db;
    private final Dialect dialect;

    @Activate
    public JdbcConflictStore(@Reference(name = "dataSource", target = "(dataSourceName=orderhub)") DataSource dataSource,
                             @Reference OrderStore migrated) {
        this.db = new Database(dataSource);
        this.dialect = db.dialect();
    }

    @Override
    public Optional<Conflict> openIfAbsent(String accountId, long orderId, String mallOrderNumber, String kind,
                                           String detail, Instant now) {
        requireText(accountId, "accountId");
        requireText(kind, "kind");
        requireText(detail, "detail");
        return db.retrying("opening a conflict for order " + orderId, c -> {
            // the order row lock serialises two imports seeing the same cancellation
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM orders WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, orderId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Conflict>empty();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM order_conflict WHERE order_id = ? AND kind = ? AND state = ?")) {
                ps.setLong(1, orderId);
                ps.setString(2, kind);
                ps.setString(3, Conflict.State.OPEN.name());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return Optional.<Conflict>empty();
                    }
                }
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_conflict (account_id, order_id,"
                    + " mall_order_number, kind, detail, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    new String[] {dialect == Dialect.H2 ? "ID" : "id"})) {
                int i = 0;
                ps.setString(++i, accountId);
                ps.setLong(++i, orderId);
                ps.setString(++i, mallOrderNumber);
                ps.setString(++i, kind);
                ps.setString(++i, detail);
                ps.setString(++i, Conflict.State.OPEN.name());
                Sql.setInstant(ps, ++i, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return Optional.of(new Conflict(id, accountId, orderId, mallOrderNumber, kind, detail,
                    Conflict.State.OPEN, Sql.storable(now), null, null, null));
        });
    }

    @Override
    public List<Conflict> list(String accountId, Conflict.State state, int limit) {
        List<String> conditions = new ArrayList<>();
        if (accountId != null) {
            conditions.add("account_id = ?");
        }
        if (state != null) {
            conditions.add("state = ?");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return db.transaction("reading conflicts", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM order_conflict" + where
                    + " ORDER BY id DESC LIMIT ?")) {
                int i = 0;
                if (accountId != null) {
                    ps.setString(++i, accountId);
                }
                if (state != null) {
                    ps.setString(++i, state.name());
                }
                ps.setInt(++i, limit);
                List<Conflict> conflicts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        conflicts.add(toConflict(rs));
                    }
                }
                return conflicts;
            }
        });
    }

    @Override
    public Optional<Conflict> find(long id) {
        return db.transaction("reading conflict " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM order_conflict WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(toConflict(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean resolve(long id, String note, String actor, Instant now) {
        requireText(note, "note");
        requireText(actor, "actor");
        return db.transaction("resolving conflict " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE order_conflict SET state = ?, resolved_at = ?,"
                    + " resolved_by = ?, note = ? WHERE id = ? AND state = ?")) {
                int i = 0;
                ps.setString(++i, Conflict.State.RESOLVED.name());
                Sql.setInstant(ps, ++i, now);
                ps.setString(++i, actor);
                ps.setString(++i, note);
                ps.setLong(++i, id);
                ps.setString(++i, Conflict.State.OPEN.name());
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static Conflict toConflict(ResultSet rs) throws SQLException {
        return new Conflict(rs.getLong("id"), rs.getString("account_id"), rs.getLong("order_id"),
                rs.getString("mall_order_number"), rs.getString("kind"), rs.getString("detail"),
                Conflict.State.valueOf(rs.getString("state")), Sql.getInstant(rs, "created_at"),
                Sql.getInstant(rs, "resolved_at"), rs.getString("resolved_by"), rs.getString("note"));
    }
}

package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.internal.store.ExportRuleStore;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.StatusRule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link ExportRuleStore} on the tables of {@code V004__export_rules.sql}. A row is replaced by delete + insert
 * in one transaction, the same statements on H2 and PostgreSQL.
 */
final class JdbcExportRuleStore implements ExportRuleStore {

    private final Database db;

    JdbcExportRuleStore(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, StatusRule> statusRules(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return db.transaction("reading the status mapping of " + accountId, c -> {
            Map<String, StatusRule> rules = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT status, enabled, mall_order_status, mall_ship_status"
                    + " FROM status_mapping WHERE account_id = ? ORDER BY status")) {
                ps.setString(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rules.put(rs.getString(1), new StatusRule(rs.getBoolean(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return rules;
        });
    }

    @Override
    public void saveStatusRules(String accountId, Map<String, StatusRule> rules) {
        Objects.requireNonNull(accountId, "accountId");
        db.retrying("saving the status mapping of " + accountId, c -> {
            for (Map.Entry<String, StatusRule> e : rules.entrySet()) {
                delete(c, "DELETE FROM status_mapping WHERE account_id = ? AND status = ?", accountId, e.getKey());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO status_mapping (account_id, status, enabled,"
                        + " mall_order_status, mall_ship_status) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, accountId);
                    ps.setString(2, e.getKey());
                    ps.setBoolean(3, e.getValue().enabled());
                    Sql.setString(ps, 4, e.getValue().orderStatus());
                    Sql.setString(ps, 5, e.getValue().shipStatus());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void clearStatusRules(String accountId) {
        db.transaction("resetting the status mapping of " + accountId, c -> {
            delete(c, "DELETE FROM status_mapping WHERE account_id = ?", accountId, null);
            return null;
        });
    }

    @Override
    public StoredConversions conversions(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return db.transaction("reading the conversion tables of " + accountId, c -> {
            Map<String, MallCarrier> carriers = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT carrier, mall_code, mall_name FROM carrier_conversion"
                    + " WHERE account_id = ? ORDER BY carrier")) {
                ps.setString(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        carriers.put(rs.getString(1), new MallCarrier(rs.getString(2), rs.getString(3)));
                    }
                }
            }
            Map<String, String> slots = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT time_slot, mall_time_slot FROM time_slot_conversion"
                    + " WHERE account_id = ? ORDER BY time_slot")) {
                ps.setString(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        slots.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            String reason = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT no_tracking_reason FROM export_setting WHERE account_id = ?")) {
                ps.setString(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        reason = rs.getString(1);
                        // PostgreSQL keeps "", H2 too; a NULL column means never set
                    }
                }
            }
            return new StoredConversions(carriers, slots, reason);
        });
    }

    @Override
    public void updateConversions(String accountId, Map<String, MallCarrier> carriers, Collection<String> removeCarriers,
                                  Map<String, String> timeSlots, Collection<String> removeTimeSlots,
                                  String noTrackingReason) {
        Objects.requireNonNull(accountId, "accountId");
        db.retrying("saving the conversion tables of " + accountId, c -> {
            for (String carrier : removeCarriers) {
                delete(c, "DELETE FROM carrier_conversion WHERE account_id = ? AND carrier = ?", accountId, carrier);
            }
            for (Map.Entry<String, MallCarrier> e : carriers.entrySet()) {
                delete(c, "DELETE FROM carrier_conversion WHERE account_id = ? AND carrier = ?", accountId, e.getKey());
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO carrier_conversion (account_id, carrier, mall_code, mall_name) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, accountId);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue().code() == null ? "" : e.getValue().code());
                    Sql.setString(ps, 4, e.getValue().name());
                    ps.executeUpdate();
                }
            }
            for (String slot : removeTimeSlots) {
                delete(c, "DELETE FROM time_slot_conversion WHERE account_id = ? AND time_slot = ?", accountId, slot);
            }
            for (Map.Entry<String, String> e : timeSlots.entrySet()) {
                delete(c, "DELETE FROM time_slot_conversion WHERE account_id = ? AND time_slot = ?", accountId, e.getKey());
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO time_slot_conversion (account_id, time_slot, mall_time_slot) VALUES (?, ?, ?)")) {
                    ps.setString(1, accountId);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.executeUpdate();
                }
            }
            if (noTrackingReason != null) {
                delete(c, "DELETE FROM export_setting WHERE account_id = ?", accountId, null);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO export_setting (account_id, no_tracking_reason) VALUES (?, ?)")) {
                    ps.setString(1, accountId);
                    ps.setString(2, noTrackingReason);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void delete(Connection c, String sql, String accountId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, accountId);
            if (key != null) {
                ps.setString(2, key);
            }
            ps.executeUpdate();
        }
    }
}

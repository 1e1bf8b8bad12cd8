package io.orderhub.core.internal.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/** The databases the store runs on, and the few places where they differ. */
enum Dialect {

    H2("h2"),
    POSTGRESQL("postgresql");

    /*
     * Failures that go away when the transaction is run again: unique violation (a concurrent import
     * inserted the same order first), serialization failure / deadlock (both), H2's "concurrent update"
     * and lock timeout.
     */
    private static final Set<String> RETRYABLE_STATES = Set.of("23505", "40001", "40P01", "90131", "HYT00");

    /** Folder under {@code db/} holding this dialect's migration scripts. */
    final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /**
     * The {@code FROM} of a query that must read {@code table} through {@code index}. H2 picks its index by the
     * conditions alone, never by an {@code ORDER BY ... LIMIT} the index would answer in order, so it is told;
     * PostgreSQL's planner weighs the limit itself.
     */
    String from(String table, String index) {
        return this == H2 ? table + " USE INDEX (" + index + ")" : table;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String lower = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (lower.contains("h2")) {
            return H2;
        }
        if (lower.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported database '" + product + "': orderhub runs on H2 or PostgreSQL");
    }

    static boolean isRetryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null && RETRYABLE_STATES.contains(sql.getSQLState())) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != t && isRetryable(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }
}

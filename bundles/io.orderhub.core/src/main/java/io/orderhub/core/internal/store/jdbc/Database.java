package io.orderhub.core.internal.store.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/** Runs units of work in transactions of their own, with every JDBC resource closed afterwards. */
final class Database {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int MAX_ATTEMPTS = 8;

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Dialect dialect() {
        try (Connection c = dataSource.getConnection()) {
            return Dialect.of(c);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(String what, Work<T> work) {
        try {
            return attempt(work);
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Like {@link #transaction} but runs the work again, in a new transaction, when it lost a race with a
     * concurrent one (unique violation, serialization failure, deadlock, lock timeout).
     */
    <T> T retrying(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(work);
            } catch (SQLException e) {
                if (attempt >= MAX_ATTEMPTS || !Dialect.isRetryable(e)) {
                    throw new StoreException(what + " failed: " + e.getMessage(), e);
                }
                LOG.debug("{}: attempt {} lost a race ({}), retrying", what, attempt, e.getSQLState());
                backOff(attempt);
            }
        }
    }

    private <T> T attempt(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                // a pooled connection goes back as it came
                if (autoCommit) {
                    c.setAutoCommit(true);
                }
            }
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying", e);
        }
    }
}

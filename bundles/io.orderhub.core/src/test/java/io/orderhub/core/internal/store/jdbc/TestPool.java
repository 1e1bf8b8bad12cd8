package io.orderhub.core.internal.store.jdbc;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A minimal connection pool for the tests, standing in for the pooled DataSource pax-jdbc gives in Karaf:
 * opening a PostgreSQL connection per transaction would make the suite slow. Counts the connections handed
 * out, so a test can see how many transactions an operation used.
 */
final class TestPool implements DataSource, AutoCloseable {

    private final DataSource target;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final List<Connection> all = new ArrayList<>();
    private final AtomicInteger borrowed = new AtomicInteger();

    TestPool(DataSource target) {
        this.target = target;
    }

    int borrowedCount() {
        return borrowed.get();
    }

    /** Closes the idle connections so that the next ones are opened anew (e.g. in another default zone). */
    synchronized void evictIdle() throws SQLException {
        Connection c;
        while ((c = idle.poll()) != null) {
            all.remove(c);
            c.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        borrowed.incrementAndGet();
        Connection physical = idle.poll();
        if (physical == null) {
            physical = target.getConnection();
            synchronized (this) {
                all.add(physical);
            }
        }
        return wrap(physical);
    }

    private Connection wrap(Connection physical) {
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!closed[0]) {
                                closed[0] = true;
                                if (!physical.getAutoCommit()) {
                                    physical.rollback();
                                    physical.setAutoCommit(true);
                                }
                                idle.push(physical);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return closed[0];
                        }
                        default -> {
                            if (closed[0]) {
                                throw new SQLException("connection is closed");
                            }
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    @Override
    public synchronized void close() throws SQLException {
        idle.clear();
        for (Connection c : all) {
            c.close();
        }
        all.clear();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}

package io.orderhub.core.internal.store.jdbc;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/** Throw-away databases for tests of the classes above the store. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A fresh in-memory H2 database that lives as long as the JVM. */
    public static DataSource h2Memory() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}

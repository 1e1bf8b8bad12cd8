package io.orderhub.core.internal.store.jdbc;

import org.junit.BeforeClass;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The store contract on PostgreSQL ({@code orderhub}/{@code orderhub} at 127.0.0.1:5432, database
 * {@code orderhub}; override with the system properties {@code orderhub.test.pg.host}, {@code .port},
 * {@code .database}, {@code .user}, {@code .password}). Each test runs in a schema of its own, created for it
 * and dropped after it. When PostgreSQL is not reachable the tests fail: they are never skipped.
 */
public class PostgresJdbcStoreTest extends JdbcStoreContractTest {

    private static final String HOST = System.getProperty("orderhub.test.pg.host", "127.0.0.1");
    private static final int PORT = Integer.getInteger("orderhub.test.pg.port", 5432);
    private static final String DATABASE = System.getProperty("orderhub.test.pg.database", "orderhub");
    private static final String USER = System.getProperty("orderhub.test.pg.user", "orderhub");
    private static final String PASSWORD = System.getProperty("orderhub.test.pg.password", "orderhub");

    private final List<String> schemas = new ArrayList<>();

    @BeforeClass
    public static void requirePostgres() {
        try (Connection c = dataSource(null).getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL is required by the store tests but is not reachable at " + HOST + ":"
                    + PORT + "/" + DATABASE + " as user " + USER + " (" + e.getMessage() + "). Start it, e.g."
                    + " `pg_ctlcluster --skip-systemctl-redirect 15 main start` (as root), with a login role orderhub"
                    + " (password orderhub) owning a database orderhub.", e);
        }
    }

    static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {HOST});
        ds.setPortNumbers(new int[] {PORT});
        ds.setDatabaseName(DATABASE);
        ds.setUser(USER);
        ds.setPassword(PASSWORD);
        ds.setConnectTimeout(5);
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    @Override
    protected DataSource newDatabase() throws SQLException {
        String schema = "store_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = dataSource(null).getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return dataSource(schema);
    }

    @Override
    protected void dropDatabases() throws SQLException {
        try (Connection c = dataSource(null).getConnection(); Statement st = c.createStatement()) {
            for (String schema : schemas) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Override
    protected Dialect expectedDialect() {
        return Dialect.POSTGRESQL;
    }
}

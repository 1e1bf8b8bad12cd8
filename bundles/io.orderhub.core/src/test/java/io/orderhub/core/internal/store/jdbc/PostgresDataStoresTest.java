package io.orderhub.core.internal.store.jdbc;

import org.junit.BeforeClass;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@link DataStoresContractTest} on PostgreSQL, in a schema of its own per test (same server and settings as
 * {@link PostgresJdbcStoreTest}); fails, never skips, when PostgreSQL is not reachable.
 */
public class PostgresDataStoresTest extends DataStoresContractTest {

    private final List<String> schemas = new ArrayList<>();

    @BeforeClass
    public static void requirePostgres() {
        PostgresJdbcStoreTest.requirePostgres();
    }

    @Override
    protected DataSource newDatabase() throws SQLException {
        String schema = "data_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = PostgresJdbcStoreTest.dataSource(null).getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        schemas.add(schema);
        return PostgresJdbcStoreTest.dataSource(schema);
    }

    @Override
    protected void dropDatabases() throws SQLException {
        try (Connection c = PostgresJdbcStoreTest.dataSource(null).getConnection(); Statement st = c.createStatement()) {
            for (String schema : schemas) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}

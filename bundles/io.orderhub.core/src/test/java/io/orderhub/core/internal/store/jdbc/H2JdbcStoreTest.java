package io.orderhub.core.internal.store.jdbc;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on an H2 file database under {@code target/}, as Karaf runs it by default. */
public class H2JdbcStoreTest extends JdbcStoreContractTest {

    private final List<JdbcDataSource> databases = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();

    @Override
    protected DataSource newDatabase() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "h2-store-test", UUID.randomUUID().toString()));
        folders.add(folder);
        JdbcDataSource ds = new JdbcDataSource();
        // kept open between connections until the SHUTDOWN of tearDown
        ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("orderhub") + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        databases.add(ds);
        return ds;
    }

    @Override
    protected void dropDatabases() throws Exception {
        for (JdbcDataSource ds : databases) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        }
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Export selection reads a page at a time by id; through orders_account_updated, H2's own choice, every page
     * would read and sort all of the account's candidates (100,000 orders: 255 s of selection).
     */
    @Test
    public void exportCandidatePagesWalkTheAccountIdIndex() throws Exception {
        for (int i = 0; i < 300; i++) {
            store.upsertImported(ACCOUNT, MALL, sample(Integer.toString(5000 + i)), "NEW", NOW);
        }
        try (Connection c = pool.getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            for (boolean neverUpdated : new boolean[] {false, true}) {
                String sql = JdbcOrderStore.exportCandidatesSql(Dialect.H2, true, neverUpdated, true);
                try (java.sql.PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
                    int i = 0;
                    ps.setString(++i, ACCOUNT);
                    Sql.setInstant(ps, ++i, NOW.minusSeconds(86_400));
                    if (neverUpdated) {
                        Sql.setInstant(ps, ++i, NOW.minusSeconds(86_400));
                    }
                    Sql.setInstant(ps, ++i, NOW.minusSeconds(86_400L * 300));
                    ps.setLong(++i, 0);
                    ps.setInt(++i, 500);
                    try (java.sql.ResultSet plan = ps.executeQuery()) {
                        assertThat(plan.next()).isTrue();
                        assertThat(plan.getString(1)).as(sql).containsIgnoringCase("ORDERS_ACCOUNT_ID")
                                .containsIgnoringCase("index sorted");
                    }
                }
            }
        }
    }

    @Test
    public void theFileDatabaseKeepsOrdersAndSchemaAcrossARestart() throws Exception {
        long id = store.upsertImported(ACCOUNT, MALL, sample("R1"), "NEW", NOW).orderId();
        pool.close();
        JdbcDataSource ds = databases.get(0);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }

        TestPool reopened = new TestPool(ds);
        try {
            assertThat(new SchemaMigrator(new Database(reopened), Dialect.H2).migrate()).isEmpty();
            JdbcStore restarted = newStore(reopened);
            assertThat(restarted.find(id).orElseThrow().mallOrderNumber()).isEqualTo("R1");
            assertThat(versions(reopened)).containsExactlyElementsOf(allVersions());
        } finally {
            reopened.close();
        }
    }

    @Override
    protected Dialect expectedDialect() {
        return Dialect.H2;
    }
}

package io.orderhub.core.internal.store.jdbc;

import org.h2.jdbcx.JdbcDataSource;

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

    @Override
    protected Dialect expectedDialect() {
        return Dialect.H2;
    }
}

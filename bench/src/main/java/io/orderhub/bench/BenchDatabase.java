package io.orderhub.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A database of its own for one benchmark: an H2 file database under the work directory, or a schema of its own
 * in the local PostgreSQL, behind a HikariCP pool as pax-jdbc gives one in Karaf.
 */
final class BenchDatabase implements AutoCloseable {

    static final String PG_URL = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/orderhub");
    static final String PG_USER = System.getProperty("bench.pg.user", "orderhub");
    static final String PG_PASSWORD = System.getProperty("bench.pg.password", "orderhub");

    private final String kind;
    private final String name;
    private final HikariDataSource pool;

    private BenchDatabase(String kind, String name, HikariDataSource pool) {
        this.kind = kind;
        this.name = name;
        this.pool = pool;
    }

    static Path workDir() {
        return Path.of(System.getProperty("bench.work", "target/bench-data")).toAbsolutePath();
    }

    /** Opens the database {@code name}; with {@code fresh}, whatever was there before is removed first. */
    static BenchDatabase open(String kind, String name, boolean fresh) throws SQLException, IOException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("bench-" + name);
        config.setMaximumPoolSize(4);
        config.setAutoCommit(true);
        switch (kind) {
            case "h2" -> {
                Path base = workDir().resolve("h2").resolve(name);
                if (fresh) {
                    dropH2(name);
                }
                Files.createDirectories(base.getParent());
                config.setJdbcUrl("jdbc:h2:file:" + base);
                config.setUsername("sa");
                config.setPassword("");
            }
            case "postgres" -> {
                String schema = pgSchema(name);
                try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                     Statement st = c.createStatement()) {
                    if (fresh) {
                        st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    }
                    st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                }
                config.setJdbcUrl(PG_URL + "?currentSchema=" + schema + "&reWriteBatchedInserts=true");
                config.setUsername(PG_USER);
                config.setPassword(PG_PASSWORD);
            }
            default -> throw new IllegalArgumentException("database: h2 or postgres, not " + kind);
        }
        return new BenchDatabase(kind, name, new HikariDataSource(config));
    }

    /** Removes the database: the H2 files or the PostgreSQL schema. */
    static void drop(String kind, String name) throws SQLException, IOException {
        if (kind.equals("h2")) {
            dropH2(name);
            return;
        }
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + pgSchema(name) + " CASCADE");
        }
    }

    private static void dropH2(String name) throws IOException {
        Path dir = workDir().resolve("h2");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(name + ".")).sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String pgSchema(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("database name: lower-case letters, digits and _ only: " + name);
        }
        return "bench_" + name;
    }

    DataSource dataSource() {
        return pool;
    }

    String kind() {
        return kind;
    }

    /** Size on disk: the H2 file, or the schema's tables and indexes in PostgreSQL. */
    long sizeBytes() throws SQLException, IOException {
        if (kind.equals("h2")) {
            Path file = workDir().resolve("h2").resolve(name + ".mv.db");
            return Files.exists(file) ? Files.size(file) : 0;
        }
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                     + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}

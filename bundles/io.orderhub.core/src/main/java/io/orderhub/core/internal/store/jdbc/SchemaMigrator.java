package io.orderhub.core.internal.store.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings the schema up to date from the scripts under {@code db/<dialect>/}, listed in order in
 * {@code migrations.txt} and named {@code V<number>__<description>.sql}. Applied versions are kept in
 * {@code schema_version}; a script runs once per database.
 *
 * <p>Two nodes starting at once: on PostgreSQL the whole migration is one transaction holding an advisory
 * lock of the schema, so the second node waits and then finds nothing left to do (PostgreSQL's DDL is
 * transactional). H2 commits every DDL statement, so there a JVM-wide lock serialises migrations (an H2
 * file database is opened by one process), and a script that fails because another process applied it
 * first counts as applied once {@code schema_version} says so.
 */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
    /** First key of PostgreSQL's two-key advisory locks, so ours do not collide with other users'. */
    private static final int ADVISORY_LOCK_CLASS = 0x0d4e_0b00;
    private static final ReentrantLock H2_LOCK = new ReentrantLock();

    record Script(int version, String description, String resource) {
    }

    private final Database database;
    private final Dialect dialect;

    SchemaMigrator(Database database, Dialect dialect) {
        this.database = database;
        this.dialect = dialect;
    }

    /** The scripts of this dialect, in version order. */
    List<Script> scripts() {
        String base = "db/" + dialect.folder + "/";
        List<Script> scripts = new ArrayList<>();
        for (String line : resource(base + "migrations.txt").split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = SCRIPT_NAME.matcher(name);
            if (!m.matches()) {
                throw new StoreException("migration script name '" + name + "' is not V<number>__<description>.sql");
            }
            int version = Integer.parseInt(m.group(1));
            if (!scripts.isEmpty() && scripts.get(scripts.size() - 1).version() >= version) {
                throw new StoreException("migration " + name + " is listed out of version order");
            }
            scripts.add(new Script(version, m.group(2), base + name));
        }
        return scripts;
    }

    /** @return the versions applied by this call (empty when the schema was already up to date) */
    List<Integer> migrate() {
        List<Script> scripts = scripts();
        if (dialect == Dialect.POSTGRESQL) {
            return database.transaction("schema migration", c -> {
                try (PreparedStatement lock = c.prepareStatement(
                        "SELECT pg_advisory_xact_lock(?, hashtext(current_schema()))")) {
                    lock.setInt(1, ADVISORY_LOCK_CLASS);
                    lock.execute();
                }
                createVersionTable(c);
                List<Integer> applied = new ArrayList<>();
                Set<Integer> done = appliedVersions(c);
                for (Script script : scripts) {
                    if (!done.contains(script.version())) {
                        run(c, script);
                        applied.add(script.version());
                    }
                }
                return applied;
            });
        }
        H2_LOCK.lock();
        try {
            database.transaction("schema version table", c -> {
                createVersionTable(c);
                return null;
            });
            List<Integer> applied = new ArrayList<>();
            for (Script script : scripts) {
                if (database.transaction("schema check", SchemaMigrator::appliedVersions).contains(script.version())) {
                    continue;
                }
                try {
                    database.transaction("migration " + script.resource(), c -> {
                        run(c, script);
                        return null;
                    });
                    applied.add(script.version());
                } catch (StoreException e) {
                    if (!database.transaction("schema check", SchemaMigrator::appliedVersions)
                            .contains(script.version())) {
                        throw e;
                    }
                    LOG.info("migration {} was applied by another process meanwhile", script.resource());
                }
            }
            return applied;
        } finally {
            H2_LOCK.unlock();
        }
    }

    private static void createVersionTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + " version INTEGER PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL,"
                    + " installed_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
    }

    static Set<Integer> appliedVersions(Connection c) throws SQLException {
        Set<Integer> versions = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private static void run(Connection c, Script script) throws SQLException {
        LOG.info("applying schema migration {}", script.resource());
        try (Statement st = c.createStatement()) {
            for (String statement : statements(resource(script.resource()))) {
                st.execute(statement);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_version (version, description, installed_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, script.version());
            ps.setString(2, script.description());
            Sql.setInstant(ps, 3, Instant.now());
            ps.executeUpdate();
        }
    }

    /** The statements of a script: {@code --} comments dropped, split at a semicolon that ends a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String resource(String name) {
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new StoreException("migration resource " + name + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration resource " + name, e);
        }
    }
}

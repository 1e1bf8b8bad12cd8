package io.orderhub.core.internal.store.jdbc;

import org.junit.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class SchemaMigratorTest {

    @Test
    public void everyDialectHasTheSameVersionsInOrder() {
        List<SchemaMigrator.Script> h2 = new SchemaMigrator(null, Dialect.H2).scripts();
        List<SchemaMigrator.Script> pg = new SchemaMigrator(null, Dialect.POSTGRESQL).scripts();

        assertThat(h2).extracting(SchemaMigrator.Script::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(pg).extracting(SchemaMigrator.Script::version, SchemaMigrator.Script::description)
                .containsExactlyElementsOf(h2.stream()
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.version(), s.description())).toList());
        assertThat(pg).extracting(SchemaMigrator.Script::resource)
                .containsExactly("db/postgresql/V001__orders.sql", "db/postgresql/V002__jobs.sql",
                        "db/postgresql/V003__job_resume.sql",
                        "db/postgresql/V004__export_rules.sql",
                        "db/postgresql/V005__products_conflicts.sql", "db/postgresql/V006__history_search.sql",
                        "db/postgresql/V007__drop_export_record.sql", "db/postgresql/V008__orders_account_id.sql");
    }

    @Test
    public void scriptsSplitIntoStatementsWithoutComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (
                    id INTEGER -- not a statement end
                );

                CREATE INDEX a_id ON a (id);
                INSERT INTO a VALUES (1)""";

        assertThat(SchemaMigrator.statements(script)).containsExactly(
                "CREATE TABLE a (\nid INTEGER -- not a statement end\n)",
                "CREATE INDEX a_id ON a (id)",
                "INSERT INTO a VALUES (1)");
    }
}

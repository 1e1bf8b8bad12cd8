package io.orderhub.core.internal.store.jdbc;

import javax.sql.DataSource;

/** {@link DataStoresContractTest} on an in-memory H2 database. */
public class H2DataStoresTest extends DataStoresContractTest {

    @Override
    protected DataSource newDatabase() {
        return TestDatabases.h2Memory();
    }

    @Override
    protected void dropDatabases() {
        // each test has a database of its own, gone with the JVM
    }
}

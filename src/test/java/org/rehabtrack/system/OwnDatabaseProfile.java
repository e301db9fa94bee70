package org.rehabtrack.system;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A test profile of an empty in-memory H2 database of its own name, without sample data, for tests
 * that load a synthetic portfolio. On PostgreSQL (REHABTRACK_DB_URL) it is the shared test
 * database: such a test looks only at the rows of its own prefixes, or at figures that hold
 * whatever else is there.
 */
public abstract class OwnDatabaseProfile implements QuarkusTestProfile {

    private final String name;

    protected OwnDatabaseProfile(String name) {
        this.name = name;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String url = System.getenv("REHABTRACK_DB_URL");
        return Map.of(
                "quarkus.datasource.jdbc.url",
                url == null || url.isBlank()
                        ? "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=1"
                        : url,
                "rehabtrack.sample-data.load",
                "false");
    }
}

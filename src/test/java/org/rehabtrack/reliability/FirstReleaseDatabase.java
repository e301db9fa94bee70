package org.rehabtrack.reliability;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.rehabtrack.system.TestDatabases;

/**
 * Before the application starts: a new database of its own, at the first schema version only
 * (Flyway's own API, same migrations, target 1), holding the first release's fixture. The
 * application is then pointed at it, and its migrate-at-start takes it to the current version. On
 * the embedded H2 an in-memory database apart from the suite's; when the suite runs against
 * PostgreSQL, a new database on that server.
 */
public class FirstReleaseDatabase implements QuarkusTestResourceLifecycleManager {

    static final String FIXTURE = "/db/fixtures/first-release.sql";
    private static final String H2_URL =
            "jdbc:h2:mem:first-release;DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=1";

    @Override
    public Map<String, String> start() {
        try {
            String url =
                    TestDatabases.postgresql()
                            ? TestDatabases.fresh("first_release").get("REHABTRACK_DB_URL")
                            : H2_URL;
            Flyway.configure()
                    .dataSource(url, TestDatabases.user(), TestDatabases.password())
                    .locations("classpath:db/migration")
                    .target("1")
                    .load()
                    .migrate();
            load(url);
            return Map.of("quarkus.datasource.jdbc.url", url);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not make the first release's database", e);
        }
    }

    /** Runs the fixture's statements: each ends with a semicolon at the end of a line. */
    private static void load(String url) throws SQLException, IOException {
        String script;
        try (InputStream in = FirstReleaseDatabase.class.getResourceAsStream(FIXTURE)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection =
                        DriverManager.getConnection(
                                url, TestDatabases.user(), TestDatabases.password());
                Statement sql = connection.createStatement()) {
            for (String statement : script.replaceAll("(?m)^\\s*--.*$", "").split(";\\s*(\\R|$)")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
        }
    }

    @Override
    public void stop() {
        // The in-memory H2 database lives as long as the test JVM; a PostgreSQL one stays for a
        // look after a failure and is dropped by the next run.
    }
}

package org.rehabtrack.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Fresh databases for tests that start the packaged application: on the embedded H2 a new data
 * folder is enough; when the suite runs against PostgreSQL (REHABTRACK_DB_URL), each start gets a
 * new, empty database of its own on that server.
 */
public final class TestDatabases {

    private TestDatabases() {}

    public static boolean postgresql() {
        return url().startsWith("jdbc:postgresql:");
    }

    /**
     * The environment that points an application at a new, empty database named after {@code name}.
     */
    public static Map<String, String> fresh(String name) throws SQLException {
        if (!postgresql()) {
            return Map.of();
        }
        String url = url();
        String database =
                url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*$", "") + "_" + name;
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement sql = connection.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database);
        }
        return Map.of("REHABTRACK_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + database);
    }

    /** The user the application signs in to its database with (quarkus.datasource.username). */
    public static String user() {
        return env("REHABTRACK_DB_USER", "rehabtrack");
    }

    /** That user's password (quarkus.datasource.password). */
    public static String password() {
        return env("REHABTRACK_DB_PASSWORD", "rehabtrack");
    }

    private static String url() {
        return env("REHABTRACK_DB_URL", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

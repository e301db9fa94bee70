package org.rehabtrack.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cleans the texts already stored of the characters {@link Text} refuses today, replacing each with
 * U+FFFD: every text column of every table of the application's schema (Flyway's own history
 * aside), the audit trail and form drafts included. Run once by the migration {@code
 * db.migration.V18__clean_unstorable_text}.
 *
 * <p>The check is made in Java, by {@link Text}, because SQL cannot make it portably: H2 stores an
 * unpaired surrogate as it was given, PostgreSQL's UTF-8 cannot hold one at all (so there it finds
 * only U+FFFE and U+FFFF, if any), and neither has a function that tells an unpaired surrogate from
 * a pair. Each table is read once; each bad value found is then replaced where it is ({@code update
 * ... set c = clean where c = bad}), which needs no key and keeps every length. A row with a {@code
 * version} (the optimistic lock of the API's records) gets the next one: it changed, so a client
 * holding the old text is told so (409) and reads the cleaned one, and what is kept by version (the
 * center list's JSON) is written again.
 */
public final class StoredTexts {

    private static final Set<Integer> TEXT_TYPES =
            Set.of(
                    Types.CHAR,
                    Types.VARCHAR,
                    Types.LONGVARCHAR,
                    Types.CLOB,
                    Types.NCHAR,
                    Types.NVARCHAR,
                    Types.LONGNVARCHAR,
                    Types.NCLOB);

    private StoredTexts() {}

    /**
     * Cleans every text column on {@code connection}; answers the rows changed, by "table.column".
     */
    public static Map<String, Integer> clean(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String quote = metadata.getIdentifierQuoteString().strip();
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (String table : tables(metadata, connection.getSchema())) {
            List<String> columns = new ArrayList<>();
            String version = columns(metadata, connection.getSchema(), table, columns);
            if (columns.isEmpty()) {
                continue;
            }
            Map<String, Set<String>> bad = badValues(connection, quote, table, columns);
            for (Map.Entry<String, Set<String>> column : bad.entrySet()) {
                int rows =
                        replace(
                                connection,
                                quote,
                                table,
                                column.getKey(),
                                version,
                                column.getValue());
                if (rows > 0) {
                    changed.put(
                            table.toLowerCase(Locale.ROOT)
                                    + "."
                                    + column.getKey().toLowerCase(Locale.ROOT),
                            rows);
                }
            }
        }
        return changed;
    }

    private static List<String> tables(DatabaseMetaData metadata, String schema)
            throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** Adds the table's text columns to {@code texts}; answers its version column, or null. */
    private static String columns(
            DatabaseMetaData metadata, String schema, String table, List<String> texts)
            throws SQLException {
        String version = null;
        try (ResultSet found = metadata.getColumns(null, schema, table, "%")) {
            while (found.next()) {
                String column = found.getString("COLUMN_NAME");
                int type = found.getInt("DATA_TYPE");
                if (TEXT_TYPES.contains(type)) {
                    texts.add(column);
                } else if (column.equalsIgnoreCase("version")
                        && (type == Types.BIGINT || type == Types.INTEGER)) {
                    version = column;
                }
            }
        }
        return version;
    }

    /** The distinct refused values of each column, read in one pass over the table. */
    private static Map<String, Set<String>> badValues(
            Connection connection, String quote, String table, List<String> columns)
            throws SQLException {
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < columns.size(); i++) {
            select.append(i == 0 ? "" : ", ").append(quote).append(columns.get(i)).append(quote);
        }
        select.append(" from ").append(quote).append(table).append(quote);
        Map<String, Set<String>> bad = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery(select.toString())) {
                while (rows.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        String value = rows.getString(i + 1);
                        if (!Text.acceptable(value)) {
                            bad.computeIfAbsent(columns.get(i), c -> new LinkedHashSet<>())
                                    .add(value);
                        }
                    }
                }
            }
        }
        return bad;
    }

    private static int replace(
            Connection connection,
            String quote,
            String table,
            String column,
            String version,
            Set<String> values)
            throws SQLException {
        String next =
                version == null
                        ? ""
                        : ", " + quote + version + quote + " = " + quote + version + quote + " + 1";
        String update =
                "update " + quote + table + quote + " set " + quote + column + quote + " = ?" + next
                        + " where " + quote + column + quote + " = ?";
        int rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (String value : values) {
                statement.setString(1, Text.clean(value));
                statement.setString(2, value);
                rows += statement.executeUpdate();
            }
        }
        return rows;
    }
}

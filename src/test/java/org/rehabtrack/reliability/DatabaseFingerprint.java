package org.rehabtrack.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * What the database and the photo folder hold, reduced to a few figures per table and per folder:
 * the number of rows and an order-independent 64-bit digest of every value. Two fingerprints are
 * equal when nothing was added, removed or changed in between (up to a hash collision).
 */
final class DatabaseFingerprint {

    private final DataSource database;
    private final Path photos;
    private long nanosSpent;

    DatabaseFingerprint(DataSource database, Path photos) {
        this.database = database;
        this.photos = photos;
    }

    /** Each table (and the photo folder) with its row count and digest. */
    Map<String, String> take() {
        long start = System.nanoTime();
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : tables(connection)) {
                long rows = 0;
                long digest = 0;
                try (ResultSet result = statement.executeQuery("select * from \"" + table + "\"")) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        long row = 1125899906842597L;
                        for (int i = 1; i <= columns; i++) {
                            row = 31 * row + mix(String.valueOf(result.getObject(i)));
                        }
                        rows++;
                        digest += mix(Long.toString(row));
                    }
                }
                tables.put(table.toLowerCase(Locale.ROOT), rows + ":" + Long.toHexString(digest));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        tables.put("photo files", photoFiles());
        nanosSpent += System.nanoTime() - start;
        return tables;
    }

    /** The time spent taking fingerprints so far. */
    java.time.Duration spent() {
        return java.time.Duration.ofNanos(nanosSpent);
    }

    /** The tables that differ between two fingerprints, with both figures. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " -> " + after.get(table));
            }
        }
        return changed;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        String schema = connection.getSchema();
        try (ResultSet tables =
                connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private String photoFiles() {
        if (!Files.isDirectory(photos)) {
            return "none";
        }
        try (Stream<Path> files = Files.walk(photos)) {
            long[] figures = new long[2];
            files.filter(Files::isRegularFile)
                    .forEach(
                            file -> {
                                figures[0]++;
                                figures[1] += mix(photos.relativize(file) + ":" + size(file));
                            });
            return figures[0] + ":" + Long.toHexString(figures[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** FNV-1a over the text's characters, then a final avalanche (from SplitMix64). */
    private static long mix(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}

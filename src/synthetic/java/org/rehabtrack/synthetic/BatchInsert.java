package org.rehabtrack.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import org.jboss.logging.Logger;

/**
 * Inserts rows into one table in JDBC batches, committing each batch, and logs every 100,000 rows
 * how far the load has come.
 */
final class BatchInsert implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BatchInsert.class);
    static final int BATCH = 5_000;
    private static final int LOG_EVERY = 100_000;

    private final Connection db;
    private final String table;
    private final PreparedStatement statement;
    private final long loadStarted;
    private int pending;
    private int rows;

    BatchInsert(Connection db, long loadStarted, String table, String... columns)
            throws SQLException {
        this.db = db;
        this.table = table;
        this.loadStarted = loadStarted;
        this.statement =
                db.prepareStatement(
                        "insert into "
                                + table
                                + " ("
                                + String.join(", ", columns)
                                + ") values ("
                                + String.join(", ", Collections.nCopies(columns.length, "?"))
                                + ")");
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        pending++;
        rows++;
        if (pending == BATCH) {
            flush();
        }
        if (rows % LOG_EVERY == 0) {
            LOG.infof(
                    "Synthetic portfolio: %,d rows of %s so far, %d s",
                    rows, table, (System.nanoTime() - loadStarted) / 1_000_000_000L);
        }
    }

    int rows() {
        return rows;
    }

    private void flush() throws SQLException {
        statement.executeBatch();
        db.commit();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (pending > 0) {
                flush();
            }
        } finally {
            statement.close();
        }
    }
}

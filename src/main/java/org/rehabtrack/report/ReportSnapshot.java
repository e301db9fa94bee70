package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.Session;

/**
 * Makes a report's transaction read one snapshot of the database: every query of it sees the data
 * as it was at its first query, whatever is committed meanwhile, so that the figures of one
 * workbook read by several queries agree with each other while payments, progress and plans are
 * recorded.
 *
 * <p>At the default READ COMMITTED each query sees what was committed when it started: a summary
 * read before a progress report was recorded and a sheet read after it disagreed. PostgreSQL's
 * REPEATABLE READ is snapshot isolation over the whole database. H2's REPEATABLE READ takes a
 * table's snapshot only when the transaction first reads that table, so a table read later still
 * shows later data; its SNAPSHOT level (JDBC level 6, H2's own) takes every table's at the first
 * query. A reading transaction at either level never waits for writers, nor they for it.
 *
 * <p>The level is set on the transaction's connection before it has run anything; the pool (Agroal)
 * puts the connection back to its default level when it is returned.
 */
@ApplicationScoped
class ReportSnapshot {

    /** H2's snapshot isolation ({@code org.h2.engine.Constants.TRANSACTION_SNAPSHOT}). */
    static final int H2_SNAPSHOT = 6;

    private final EntityManager em;

    ReportSnapshot(EntityManager em) {
        this.em = em;
    }

    /**
     * Called first in a transaction that has read nothing yet: its reads from now on see one
     * snapshot.
     */
    void begin() {
        em.unwrap(Session.class)
                .doWork(connection -> connection.setTransactionIsolation(level(connection)));
    }

    static int level(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName())
                ? H2_SNAPSHOT
                : Connection.TRANSACTION_REPEATABLE_READ;
    }
}

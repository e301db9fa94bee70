package org.rehabtrack.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One number in the database that every sign-out and every change to a user raises, in the same
 * transaction: the sessions an instance keeps are good while it stays the same. Read on every
 * request with a plain statement, outside any transaction; raised through the transaction's own
 * connection, so it moves when, and only when, the change commits.
 */
@ApplicationScoped
public class SessionEpoch {

    private final AgroalDataSource dataSource;
    private final EntityManager em;

    SessionEpoch(AgroalDataSource dataSource, EntityManager em) {
        this.dataSource = dataSource;
        this.em = em;
    }

    /** The epoch now, as committed. */
    long current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read =
                        connection.prepareStatement(
                                "select epoch from session_epoch where id = 1");
                ResultSet row = read.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("session_epoch holds no row (migration V20)");
            }
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session epoch", e);
        }
    }

    /**
     * Raises the epoch within the caller's transaction: every instance checks its sessions in the
     * database again once it commits.
     */
    public void raise() {
        em.createNativeQuery("update session_epoch set epoch = epoch + 1 where id = 1")
                .executeUpdate();
    }
}

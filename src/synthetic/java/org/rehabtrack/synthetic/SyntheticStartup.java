package org.rehabtrack.synthetic;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;
import org.rehabtrack.security.DemoAccounts;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * With {@code rehabtrack.synthetic.size} set (M or L), loads the synthetic portfolio "SYN" into an
 * empty database at start-up, once, instead of the sample data, with the demo accounts when they
 * are enabled. The load is claimed by a marker row beside the sample data's (id 2 of {@code
 * sample_data_load}): of two instances starting together, the second one's claim fails on its key
 * and it loads nothing.
 */
@ApplicationScoped
public class SyntheticStartup {

    private static final Logger LOG = Logger.getLogger(SyntheticStartup.class);
    static final String PREFIX = "SYN";
    static final int MARKER = 2;

    private final RehabtrackConfig config;
    private final SyntheticPortfolio portfolio;
    private final DemoAccounts demoAccounts;
    private final AgroalDataSource dataSource;

    SyntheticStartup(
            RehabtrackConfig config,
            SyntheticPortfolio portfolio,
            DemoAccounts demoAccounts,
            AgroalDataSource dataSource) {
        this.config = config;
        this.portfolio = portfolio;
        this.demoAccounts = demoAccounts;
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (config.synthetic().size().isEmpty()) {
            return;
        }
        PortfolioSize size = PortfolioSize.parse(config.synthetic().size().get());
        if (claim(size)) {
            portfolio.load(size, PREFIX);
            QuarkusTransaction.requiringNew().run(demoAccounts::createIfEnabled);
        }
    }

    /** Claims the load for this instance: only into a database without centers, and only once. */
    private boolean claim(PortfolioSize size) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            if (count(db, "select count(*) from sample_data_load where id = " + MARKER) > 0) {
                LOG.info("Synthetic portfolio already loaded; not loaded again");
                return false;
            }
            if (count(db, "select count(*) from center") > 0) {
                LOG.info("Synthetic portfolio not loaded: the database already holds centers");
                return false;
            }
            try (PreparedStatement insert =
                    db.prepareStatement(
                            "insert into sample_data_load (id, loaded_at, description) values (?, ?, ?)")) {
                insert.setInt(1, MARKER);
                insert.setObject(2, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                insert.setString(3, "Synthetic portfolio " + PREFIX + ": " + size);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (count(db, "select count(*) from sample_data_load where id = " + MARKER) > 0) {
                    LOG.info(
                            "Synthetic portfolio claimed meanwhile by another instance; not loaded here");
                    return false;
                }
                throw e;
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.rehabtrack.synthetic;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Fills the database with a synthetic portfolio for measuring performance at scale: partners,
 * grants, monthly exchange rates, centers with their phase, milestones, evaluation, findings and
 * budget, and works packages with progress, payments and change orders (docs/benchmarks.md).
 * Written with batched JDBC inserts, not entity by entity, so that size L loads in minutes. Every
 * code carries the prefix, so portfolios of different prefixes live side by side.
 */
@ApplicationScoped
public class SyntheticPortfolio {

    private static final Logger LOG = Logger.getLogger(SyntheticPortfolio.class);

    /** The seed of every portfolio: the same size, prefix and day give the same data. */
    static final long SEED = 20_261_110L;

    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,11}");

    private final AgroalDataSource dataSource;
    private final Clock clock;

    SyntheticPortfolio(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Loads one portfolio of {@code size} whose codes start with {@code prefix} (capital letters
     * and digits, at most 12, e.g. "SYN"), committing as it goes.
     */
    public LoadedPortfolio load(PortfolioSize size, String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "A synthetic portfolio's prefix is 1 to 12 capital letters and digits,"
                            + " starting with a letter: "
                            + prefix);
        }
        LocalDate today = LocalDate.now(clock);
        LOG.infof("Loading synthetic portfolio %s: %s", prefix, size);
        PortfolioPlan plan = new PortfolioPlan(size, prefix, today, SEED);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection db = dataSource.getConnection()) {
            boolean autoCommit = db.getAutoCommit();
            db.setAutoCommit(false);
            try {
                LoadedPortfolio loaded =
                        new PortfolioWriter(db, plan, prefix, today, now, SEED).write();
                LOG.infof(
                        "Synthetic portfolio %s loaded: %,d centers, %,d works packages, %,d progress reports,"
                                + " %,d payments, %,d findings, %,d milestones (%,d rows in all) in %d s",
                        prefix,
                        loaded.centers(),
                        loaded.workPackages(),
                        loaded.progressReports(),
                        loaded.payments(),
                        loaded.findings(),
                        loaded.milestones(),
                        loaded.rows(),
                        loaded.elapsed().toSeconds());
                return loaded;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Synthetic portfolio " + prefix + " not loaded: " + e.getMessage(), e);
        }
    }
}

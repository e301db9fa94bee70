package org.rehabtrack.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.system.Listening;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Writes a budget workbook of the first center once, in the background, when the service starts,
 * and throws it away: the first report a user asks for then finds POI's and the report's code
 * loaded and compiled. That took 3 to 4 s off the first budget report of a million payments
 * (docs/benchmarks.md). Readiness does not wait for it; {@code rehabtrack.reports.warm-up=false}
 * leaves it out (the tests do, so that it never runs beside what they count).
 */
@ApplicationScoped
class ReportWarmUp {

    private static final Logger LOG = Logger.getLogger(ReportWarmUp.class);

    private final boolean enabled;
    private final BudgetReport budget;
    private final CenterRepository centers;
    private final ReportReaders readers;
    private final Clock clock;

    ReportWarmUp(
            RehabtrackConfig config,
            BudgetReport budget,
            CenterRepository centers,
            ReportReaders readers,
            Clock clock) {
        this.enabled = config.reports().warmUp();
        this.budget = budget;
        this.centers = centers;
        this.readers = readers;
        this.clock = clock;
    }

    /**
     * Once the service listens, after the sample or synthetic data were loaded: it need not run
     * before the first request.
     */
    void onStart(@Observes Listening event) {
        if (enabled) {
            readers.execute(() -> run());
        }
    }

    /**
     * The warm-up itself: a budget workbook of the first center (of none in an empty database),
     * discarded. Whether it was written.
     */
    boolean run() {
        long started = System.nanoTime();
        try {
            List<Center> first =
                    QuarkusTransaction.requiringNew()
                            .call(() -> centers.find("order by code").page(0, 1).list());
            ReportContext context =
                    new ReportContext(
                            Locale.forLanguageTag("es"),
                            first,
                            false,
                            null,
                            ReportPeriod.upTo(LocalDate.now(clock)),
                            clock.instant(),
                            clock.getZone(),
                            "RehabTrack");
            budget.write(context).discard();
            LOG.debugf("Reports warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            // Only a first report is slower for it; the reports themselves answer their own
            // failures.
            LOG.warn("Could not warm up the reports", e);
            return false;
        }
    }
}

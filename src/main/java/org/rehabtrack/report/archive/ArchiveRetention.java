package org.rehabtrack.report.archive;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Removes the archived workbooks older than the retention ({@code
 * rehabtrack.reports.archive.retention-years}; 0 keeps them all), every night: their records, a
 * batch per transaction, then their files once the batch is committed. Several instances may run it
 * at once: a record or a file already removed is simply not there.
 */
@ApplicationScoped
public class ArchiveRetention {

    private static final Logger LOG = Logger.getLogger(ArchiveRetention.class);
    private static final int BATCH = 500;

    private final IssuedReportRepository issued;
    private final ArchiveStorage storage;
    private final Clock clock;
    private final int years;

    ArchiveRetention(
            IssuedReportRepository issued,
            ArchiveStorage storage,
            Clock clock,
            RehabtrackConfig config) {
        this.issued = issued;
        this.storage = storage;
        this.clock = clock;
        this.years = config.reports().archive().retentionYears();
    }

    @Scheduled(
            cron = "${rehabtrack.reports.archive.retention-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "report-archive-retention")
    void nightly() {
        int removed = removeExpired();
        if (removed > 0) {
            LOG.infof("Removed %d archived workbooks older than %d years", removed, years);
        }
    }

    /** Removes every archived workbook issued before the retention began; answers how many. */
    public int removeExpired() {
        if (years == 0) {
            return 0;
        }
        Instant before = ZonedDateTime.now(clock).minusYears(years).toInstant();
        int removed = 0;
        while (true) {
            List<String> names =
                    QuarkusTransaction.requiringNew()
                            .call(() -> issued.removeBefore(before, BATCH));
            names.forEach(storage::remove);
            removed += names.size();
            if (names.size() < BATCH) {
                return removed;
            }
        }
    }
}

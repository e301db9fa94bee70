package org.rehabtrack.report.archive;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The archive's storage, for Prometheus: {@code rehabtrack_report_archive_files} and {@code
 * rehabtrack_report_archive_size_bytes}, read from the database at each scrape, so that every
 * instance reports the whole archive.
 */
@Startup
@ApplicationScoped
public class ArchiveMetrics {

    private final IssuedReportRepository issued;

    ArchiveMetrics(IssuedReportRepository issued, MeterRegistry registry) {
        this.issued = issued;
        Gauge.builder("rehabtrack.report.archive.files", this, m -> m.storage()[0])
                .description("Workbooks kept in the report archive")
                .register(registry);
        Gauge.builder("rehabtrack.report.archive.size", this, m -> m.storage()[1])
                .description("Storage taken by the report archive's workbooks")
                .baseUnit("bytes")
                .register(registry);
    }

    private long[] storage() {
        return QuarkusTransaction.requiringNew().call(issued::storage);
    }
}

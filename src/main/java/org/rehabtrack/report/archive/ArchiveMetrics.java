package org.rehabtrack.report.archive;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The archive's storage, for Prometheus: {@code rehabtrack_report_archive_files} and {@code
 * rehabtrack_report_archive_size_bytes}, read from the database at each scrape, so that every
 * instance reports the whole archive. The gauges hold this object strongly: a gauge's object held
 * weakly may be collected, and the gauge then goes missing from the scrape.
 */
@Startup
@ApplicationScoped
public class ArchiveMetrics {

    ArchiveMetrics(IssuedReportRepository issued, MeterRegistry registry) {
        Gauge.builder(
                        "rehabtrack.report.archive.files",
                        this,
                        m -> QuarkusTransaction.requiringNew().call(issued::count))
                .description("Workbooks kept in the report archive")
                .strongReference(true)
                .register(registry);
        Gauge.builder(
                        "rehabtrack.report.archive.size",
                        this,
                        m -> QuarkusTransaction.requiringNew().call(issued::bytes))
                .description("Storage taken by the report archive's workbooks")
                .baseUnit("bytes")
                .strongReference(true)
                .register(registry);
    }
}

package org.rehabtrack.report;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * How long each workbook takes to write and how large it is, for Prometheus: {@code
 * rehabtrack_report_generation_seconds} and {@code rehabtrack_report_size_bytes}, tagged with the
 * report's name.
 */
@ApplicationScoped
public class ReportMetrics {

    private final MeterRegistry registry;

    ReportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Writes a workbook, timing it and recording its size. */
    WorkbookFile measure(String report, Supplier<WorkbookFile> write) {
        Timer.Sample sample = Timer.start(registry);
        WorkbookFile workbook = write.get();
        sample.stop(
                Timer.builder("rehabtrack.report.generation")
                        .description("Time to write a workbook")
                        .tag("report", report)
                        .register(registry));
        DistributionSummary.builder("rehabtrack.report.size")
                .description("Size of a workbook")
                .baseUnit("bytes")
                .tag("report", report)
                .register(registry)
                .record(workbook.size());
        return workbook;
    }
}

package org.rehabtrack.report;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * Bounds how many workbooks are written at once, so that many downloads together cannot exhaust
 * memory: beyond {@code rehabtrack.reports.max-parallel}, up to {@code queue-size} requests wait in
 * line, in order, for at most {@code queue-wait}; any other is refused with 503 and Retry-After.
 */
@ApplicationScoped
public class ReportSlots {

    private final Semaphore slots;
    private final int queueSize;
    private final Duration queueWait;
    private final AtomicInteger waiting = new AtomicInteger();
    private final ReportMetrics metrics;

    @Inject
    ReportSlots(RehabtrackConfig config, ReportMetrics metrics, MeterRegistry registry) {
        this(
                config.reports().maxParallel(),
                config.reports().queueSize(),
                config.reports().queueWait(),
                metrics);
        Gauge.builder("rehabtrack.report.waiting", waiting, AtomicInteger::get)
                .description("Report downloads waiting for a free slot")
                .register(registry);
    }

    ReportSlots(int maxParallel, int queueSize, Duration queueWait, ReportMetrics metrics) {
        this.slots = new Semaphore(maxParallel, true);
        this.queueSize = queueSize;
        this.queueWait = queueWait;
        this.metrics = metrics;
    }

    /** Writes a workbook once a slot is free, timing it and recording its size. */
    WorkbookFile write(String report, Supplier<WorkbookFile> write) {
        take();
        try {
            return metrics.measure(report, write);
        } finally {
            slots.release();
        }
    }

    /** Downloads waiting in line now. */
    int waiting() {
        return waiting.get();
    }

    /** A free slot at once unless others wait for one; else a place in line, if there is one. */
    private void take() {
        try {
            if (slots.tryAcquire(0, TimeUnit.MILLISECONDS)) {
                return;
            }
            if (waiting.incrementAndGet() > queueSize) {
                waiting.decrementAndGet();
                throw busy();
            }
            try {
                if (!slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw busy();
                }
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private Refusal busy() {
        return Refusal.unavailable(
                Reason.BUSY, queueWait, "report.error.busy", queueWait.toSeconds());
    }
}

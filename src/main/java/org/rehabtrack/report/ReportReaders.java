package org.rehabtrack.report;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read a report's rows ahead of its writer ({@link ReadAhead}): one per report
 * being written, apart from the request threads so that a long report never holds one of those.
 */
@ApplicationScoped
class ReportReaders implements Executor {

    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService threads =
            Executors.newCachedThreadPool(
                    task -> {
                        Thread thread =
                                new Thread(task, "report-reader-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });

    @Override
    public void execute(Runnable task) {
        threads.execute(task);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}

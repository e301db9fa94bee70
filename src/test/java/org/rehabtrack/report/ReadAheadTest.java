package org.rehabtrack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void handsOverEveryRowInOrderAcrossBatches() {
        int rows = ReadAhead.BATCH * 7 + 3;
        List<Integer> read = new ArrayList<>();
        try (ReadAhead<Integer> ahead =
                ReadAhead.start(
                        threads,
                        sink -> {
                            for (int i = 0; i < rows; i++) {
                                sink.accept(i);
                            }
                        })) {
            ahead.forEachRemaining(read::add);
            assertFalse(ahead.hasNext());
            assertThrows(NoSuchElementException.class, ahead::next);
        }
        assertEquals(rows, read.size());
        for (int i = 0; i < rows; i++) {
            assertEquals(i, read.get(i));
        }
    }

    @Test
    void noRowsIsAnEmptyIterator() {
        try (ReadAhead<Integer> ahead = ReadAhead.start(threads, sink -> {})) {
            assertFalse(ahead.hasNext());
        }
    }

    @Test
    void theReadersFailureReachesTheCallerAfterTheRowsBeforeIt() {
        IllegalStateException failure = new IllegalStateException("the database went away");
        List<Integer> read = new ArrayList<>();
        try (ReadAhead<Integer> ahead =
                ReadAhead.start(
                        threads,
                        sink -> {
                            sink.accept(1);
                            sink.accept(2);
                            throw failure;
                        })) {
            IllegalStateException thrown =
                    assertThrows(
                            IllegalStateException.class, () -> ahead.forEachRemaining(read::add));
            assertSame(failure, thrown);
        }
        assertEquals(List.of(1, 2), read);
    }

    @Test
    void runsAheadOnlyAFewBatchesAndStopsOnceClosed() throws InterruptedException {
        AtomicInteger handed = new AtomicInteger();
        AtomicReference<Throwable> stoppedBy = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        ReadAhead<Integer> ahead =
                ReadAhead.start(
                        threads,
                        sink -> {
                            try {
                                for (int i = 0; i < 1_000_000; i++) {
                                    sink.accept(i);
                                    handed.incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                stoppedBy.set(e);
                                throw e;
                            } finally {
                                stopped.countDown();
                            }
                        });
        assertEquals(0, ahead.next());
        Thread.sleep(300);
        // the caller took one batch; the reader may fill the queue, and one batch more, then waits
        assertTrue(
                handed.get() <= ReadAhead.BATCH * (ReadAhead.BATCHES + 3),
                "handed " + handed.get());
        ahead.close();
        assertTrue(stopped.await(5, TimeUnit.SECONDS), "the reader stopped");
        assertTrue(stoppedBy.get() instanceof java.util.concurrent.CancellationException);
        assertTrue(handed.get() < 1_000_000);
    }
}

package org.rehabtrack.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Rows read on another thread while the caller writes the ones already read: a workbook of a
 * million payments spends about as long reading them as writing them, and the two overlap on two
 * cores. The reader runs ahead by at most {@link #BATCHES} batches of {@link #BATCH} rows, so the
 * memory held stays small whatever the number of rows. A failure of the reader is thrown to the
 * caller; {@link #close()} stops a reader the caller no longer needs.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    static final int BATCH = 1_000;
    static final int BATCHES = 4;

    /** What the reader puts last: the rows ended, or how they failed. */
    private record End(Throwable failure) {}

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES + 1);
    private volatile boolean closed;
    private Iterator<T> batch = java.util.Collections.emptyIterator();
    private End end;

    private ReadAhead() {}

    /**
     * Starts a reader on the executor: it hands every row it reads to the consumer it is given, and
     * stops, its rows unread, once the caller has closed this.
     */
    static <T> ReadAhead<T> start(Executor executor, Consumer<Consumer<T>> reader) {
        ReadAhead<T> ahead = new ReadAhead<>();
        executor.execute(ahead.running(reader));
        return ahead;
    }

    private Runnable running(Consumer<Consumer<T>> reader) {
        return () -> {
            List<T> rows = new ArrayList<>(BATCH);
            Throwable failure = null;
            try {
                reader.accept(
                        row -> {
                            rows.add(row);
                            if (rows.size() == BATCH) {
                                put(new ArrayList<>(rows));
                                rows.clear();
                            }
                        });
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            try {
                if (!rows.isEmpty()) {
                    put(rows);
                }
                put(new End(failure));
            } catch (CancellationException e) {
                // closed: nobody waits for the end
            }
        };
    }

    /**
     * Waits for room in the queue, and gives up, stopping the reader, once the caller has closed.
     */
    private void put(Object item) {
        try {
            while (closed || !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new CancellationException("the rows are no longer wanted");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!batch.hasNext()) {
            if (end != null) {
                return false;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for rows");
            }
            if (item instanceof End e) {
                end = e;
                if (e.failure() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.failure() instanceof Error error) {
                    throw error;
                }
            } else {
                batch = ((List<T>) item).iterator();
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    /** Stops the reader if it is still reading: it gives up at its next row. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
    }
}

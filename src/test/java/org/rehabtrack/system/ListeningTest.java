package org.rehabtrack.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The service says once that it listens, for the background work that waits for it. */
@QuarkusTest
class ListeningTest {

    /** Counts the events, as the warm-ups and the photo cleaning observe them. */
    @Singleton
    static class Counter {
        final AtomicInteger heard = new AtomicInteger();
        final CountDownLatch first = new CountDownLatch(1);

        void onListening(@Observes Listening event) {
            heard.incrementAndGet();
            first.countDown();
        }
    }

    @Inject Counter counter;

    @Test
    void isAnnouncedOnceWhenTheServerListens() throws InterruptedException {
        counter.first.await(30, TimeUnit.SECONDS);
        assertEquals(1, counter.heard.get());
    }
}

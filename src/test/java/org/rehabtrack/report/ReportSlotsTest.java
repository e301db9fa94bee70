package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.RehabtrackConfig;

/**
 * At most max-parallel workbooks are written at once; up to queue-size downloads wait in line for a
 * slot, and any other is refused at once with 503 and Retry-After, so that many simultaneous
 * downloads cannot exhaust memory.
 */
@QuarkusTest
class ReportSlotsTest {

    @Inject ReportSlots slots;

    @Inject RehabtrackConfig config;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseAll() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void aDownloadBeyondTheSlotsAndTheLineIsRefusedWithRetryAfter() throws Exception {
        List<Future<WorkbookFile>> held =
                occupy(slots, config.reports().maxParallel() + config.reports().queueSize());
        awaitWaiting(config.reports().queueSize());

        given().header("Accept-Language", "es")
                .get("/api/reports/findings.xlsx")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header(
                        "Retry-After",
                        equalTo(String.valueOf(config.reports().queueWait().toSeconds())))
                .body("type", equalTo("/problems/busy"))
                .body("title", equalTo("Ocupado"));

        release.countDown();
        for (Future<WorkbookFile> workbook : held) {
            workbook.get(30, TimeUnit.SECONDS).discard();
        }
        given().get("/api/reports/findings.xlsx").then().statusCode(200);
    }

    @Test
    void aDownloadWaitsInLineAndIsServedWhenASlotFrees() throws Exception {
        List<Future<WorkbookFile>> held = occupy(slots, config.reports().maxParallel());
        CompletableFuture<Integer> download =
                CompletableFuture.supplyAsync(
                        () ->
                                given().get("/api/reports/findings.xlsx")
                                        .then()
                                        .extract()
                                        .statusCode(),
                        threads);
        awaitWaiting(1);
        assertTrue(!download.isDone(), "the download waits while every slot is taken");

        release.countDown();
        assertEquals(200, download.get(60, TimeUnit.SECONDS));
        for (Future<WorkbookFile> workbook : held) {
            workbook.get(30, TimeUnit.SECONDS).discard();
        }
    }

    @Test
    void aPlaceInLineLastsNoLongerThanTheWait() throws Exception {
        ReportSlots one =
                new ReportSlots(
                        1,
                        1,
                        Duration.ofMillis(200),
                        new ReportMetrics(
                                new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
        List<Future<WorkbookFile>> held = occupy(one, 1);
        long start = System.nanoTime();
        Refusal refused =
                assertThrows(
                        Refusal.class,
                        () -> one.write("test", () -> WorkbookFile.of(new XSSFWorkbook())));
        assertEquals(Reason.BUSY, refused.reason());
        assertEquals(Duration.ofMillis(200), refused.retryAfter().orElseThrow());
        assertTrue(
                System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200),
                "it waited its turn first");
        release.countDown();
        held.get(0).get(30, TimeUnit.SECONDS).discard();
    }

    /**
     * Starts writes that hold their slot (or place in line) until released; each writes an empty
     * workbook.
     */
    private List<Future<WorkbookFile>> occupy(ReportSlots target, int count)
            throws InterruptedException {
        CountDownLatch started =
                new CountDownLatch(Math.min(count, config.reports().maxParallel()));
        List<Future<WorkbookFile>> held = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            held.add(
                    threads.submit(
                            () ->
                                    target.write(
                                            "test",
                                            () -> {
                                                started.countDown();
                                                await(release);
                                                return WorkbookFile.of(new XSSFWorkbook());
                                            })));
        }
        if (target == slots) {
            assertTrue(started.await(10, TimeUnit.SECONDS), "every slot taken");
        } else {
            Thread.sleep(100);
        }
        return held;
    }

    private void awaitWaiting(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (slots.waiting() < count) {
            assertTrue(
                    System.nanoTime() < deadline, "downloads waiting in line: " + slots.waiting());
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.rehabtrack.report.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** An occasion of a schedule is claimed once, however many claim it at the same moment. */
@QuarkusTest
class ReportDeliveriesTest {

    @Inject ReportDeliveries deliveries;

    @Test
    void ofEightClaimsOfOneOccasionAtOnceOneWins() throws Exception {
        // Paused: claims are what is tested, and nothing of it is to be sent.
        long schedule =
                TestSchedules.create(TestSchedules.paused("Mensual", "progress")).getLong("id");
        Occasion january =
                new Occasion(
                        "2027-01",
                        Instant.parse("2027-01-05T12:00:00Z"),
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2026, 12, 31));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Optional<Long>>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(() -> deliveries.claim(schedule, january));
            }
            int won = 0;
            for (Future<Optional<Long>> claim : pool.invokeAll(claims)) {
                won += claim.get().isPresent() ? 1 : 0;
            }
            assertEquals(1, won, "one claim wins, the others find it claimed");
        } finally {
            pool.shutdown();
        }
        assertTrue(deliveries.claim(schedule, january).isEmpty(), "and later claims too");
    }
}

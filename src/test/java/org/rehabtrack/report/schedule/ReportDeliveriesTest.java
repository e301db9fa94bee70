package org.rehabtrack.report.schedule;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestUsers;

/** An occasion of a schedule is claimed once, however many claim it at the same moment. */
@QuarkusTest
class ReportDeliveriesTest {

    @Inject ReportDeliveries deliveries;

    @Test
    void ofEightClaimsOfOneOccasionAtOnceOneWins() throws Exception {
        long schedule =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "name",
                                        "Mensual",
                                        "reports",
                                        List.of("progress"),
                                        "cadence",
                                        "MONTHLY",
                                        "dayOfMonth",
                                        5,
                                        "recipients",
                                        List.of(
                                                Map.of(
                                                        "user",
                                                        TestUsers.withEmail("MANAGER", null)))))
                        .post("/api/report-schedules")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
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

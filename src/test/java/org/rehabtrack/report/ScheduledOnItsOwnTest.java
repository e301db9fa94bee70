package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.schedule.SmtpServer;
import org.rehabtrack.report.schedule.TestSchedules;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestMilestones;

/**
 * The service sends what is due by itself: its timer runs (here every second, from a second after
 * start-up), with no test calling it. The other tests of the sending call it themselves, with the
 * timer off, to choose the moment.
 */
@QuarkusTest
@QuarkusTestResource(
        value = SmtpServer.class,
        restrictToAnnotatedClass = true,
        initArgs = {
            @ResourceArg(name = "rehabtrack.reports.schedules.every", value = "1s"),
            @ResourceArg(name = "rehabtrack.reports.schedules.delay", value = "1s")
        })
class ScheduledOnItsOwnTest {

    @jakarta.inject.Inject org.rehabtrack.system.TestClock clock;

    @Test
    void aPhaseChangeIsSentWithoutAnyoneAsking() throws Exception {
        String center = TestCenters.create();
        String contact = "timer-" + center + "@example.org";
        Map<String, Object> body =
                TestSchedules.monthly(
                        "Temporizador " + center,
                        "findings",
                        List.of(center),
                        1,
                        List.of(TestSchedules.contact(contact, "es")));
        body.put("cadence", "PHASE_CHANGE");
        body.remove("dayOfMonth");
        TestSchedules.create(body);
        String today = LocalDate.now(clock).toString();
        TestMilestones.date(center, "EVALUATION_COMPLETED", null, null, today);
        long version = given().get("/api/centers/{code}", center).jsonPath().getLong("version");
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", "PARTNERSHIP", "phaseChangeDate", today, "version", version))
                .patch("/api/centers/{code}", center)
                .then()
                .statusCode(200);

        // Waits for the timer, a minute at most: a bound on a machine's slowness, not a measure.
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        while (SmtpServer.receivedBy(contact).isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertEquals(1, SmtpServer.receivedBy(contact).size(), "sent by the timer");
        // The timer's next runs leave the occasion claimed alone.
        Thread.sleep(3000);
        assertEquals(1, SmtpServer.receivedBy(contact).size(), "sent once");
    }
}

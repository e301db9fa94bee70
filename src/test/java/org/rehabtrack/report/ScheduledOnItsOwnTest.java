package org.rehabtrack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.schedule.SmtpServer;
import org.rehabtrack.report.schedule.TestSchedules;
import org.rehabtrack.system.TestCenters;

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
        TestSchedules.create(
                TestSchedules.atPhaseChange(
                        "Temporizador " + center,
                        "findings",
                        List.of(center),
                        List.of(TestSchedules.contact(contact, "es"))));
        String today = LocalDate.now(clock).toString();
        TestCenters.enterPartnership(center, today);

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

package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rehabtrack.report.schedule.SmtpServer.receivedBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.schedule.DeliveryStatus;
import org.rehabtrack.report.schedule.Occasion;
import org.rehabtrack.report.schedule.ReportDeliveries;
import org.rehabtrack.report.schedule.SmtpServer;
import org.rehabtrack.report.schedule.TestSchedules;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestUsers;

/**
 * Schedules send their workbooks through a real SMTP server: a monthly one, once its day has come,
 * to each recipient in its language, archived, once; one at each phase change when one of its
 * centers changes phase; and a sending that fails is tried again after its backoff.
 */
@QuarkusTest
@QuarkusTestResource(value = SmtpServer.class, restrictToAnnotatedClass = true)
class ScheduledSendingTest {

    @Inject ScheduledSending sending;
    @Inject ReportDeliveries deliveries;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static byte[] attachment(MimeMessage message, String name) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no attachment " + name);
    }

    @Test
    void aMonthlyScheduleSendsItsWorkbooksOnceToEachRecipientInItsLanguage() throws Exception {
        String center = TestCenters.create();
        String user = TestUsers.withEmail("MANAGER", null);
        String contact = "contact-" + center + "@example.org";
        String name = "Hallazgos " + center;
        JsonPath schedule =
                TestSchedules.create(
                        TestSchedules.monthly(
                                name,
                                "findings",
                                List.of(center),
                                5,
                                List.of(
                                        TestSchedules.user(user),
                                        TestSchedules.contact(contact, "en"))));
        Occasion first = TestSchedules.firstOccasion(schedule, clock.getZone());
        LocalDate cutOff = first.cutOff();
        clock.setInstant(first.due().plus(Duration.ofHours(6)));

        sending.sendDue();

        List<MimeMessage> spanish = receivedBy(user + "@example.org");
        assertEquals(1, spanish.size());
        assertEquals("RehabTrack: " + name + ", al " + cutOff, spanish.get(0).getSubject());
        byte[] workbook =
                attachment(spanish.get(0), "findings_" + center + "_es_" + cutOff + ".xlsx");
        given().multiPart("file", "copy.xlsx", workbook)
                .post("/api/reports/archive/verify")
                .then()
                .statusCode(200)
                .body("issued", equalTo(true))
                .body("issues[0].requestedBy", equalTo("schedule " + name));
        List<MimeMessage> english = receivedBy(contact);
        assertEquals(1, english.size());
        assertEquals("RehabTrack: " + name + ", as of " + cutOff, english.get(0).getSubject());
        attachment(english.get(0), "findings_" + center + "_en_" + cutOff + ".xlsx");

        sending.sendDue();
        assertEquals(1, receivedBy(user + "@example.org").size(), "sent once");
        assertEquals(1, receivedBy(contact).size(), "sent once");
    }

    @Test
    void aFailedSendingIsTriedAgainAfterItsBackoffWithItsReasonKept() throws Exception {
        String center = TestCenters.create();
        String user = TestUsers.withEmail("MANAGER", null);
        JsonPath created =
                TestSchedules.create(
                        TestSchedules.monthly(
                                "Reintento " + center,
                                "findings",
                                List.of(center),
                                6,
                                List.of(TestSchedules.user(user))));
        long schedule = created.getLong("id");
        Instant due = TestSchedules.firstOccasion(created, clock.getZone()).due();
        clock.setInstant(due);
        SmtpServer.server().stop();
        try {
            sending.sendDue();
        } finally {
            SmtpServer.server().start();
        }
        var failed = deliveries.ofSchedule(schedule).get(0);
        assertEquals(DeliveryStatus.PENDING, failed.getStatus());
        assertEquals(1, failed.getAttempts());
        assertTrue(failed.getLastError() != null, "the reason is kept");
        assertEquals(due.plus(Duration.ofMinutes(1)), failed.getNextAttemptAt());
        assertEquals(1, deliveries.ofSchedule(schedule).size(), "the first occasion only");
        assertEquals(0, receivedBy(user + "@example.org").size());
        given().get("/api/report-schedules/{id}/deliveries", schedule)
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("PENDING"))
                .body("[0].attempts", equalTo(1))
                .body("[0].lastError", notNullValue())
                .body("[0].nextAttemptAt", equalTo(due.plus(Duration.ofMinutes(1)).toString()));

        clock.setInstant(due.plusSeconds(30));
        sending.sendDue();
        assertEquals(0, receivedBy(user + "@example.org").size(), "not before its next attempt");

        clock.setInstant(due.plus(Duration.ofMinutes(2)));
        sending.sendDue();
        var sent = deliveries.ofSchedule(schedule).get(0);
        assertEquals(DeliveryStatus.SENT, sent.getStatus());
        assertEquals(2, sent.getAttempts());
        assertEquals(1, receivedBy(user + "@example.org").size());
        assertEquals(1, deliveries.ofSchedule(schedule).size(), "one delivery for the occasion");
        given().get("/api/report-schedules/{id}/deliveries", schedule)
                .then()
                .body("[0].status", equalTo("SENT"))
                .body("[0].lastError", nullValue())
                .body("[0].nextAttemptAt", nullValue());
        assertEquals(
                1,
                given().queryParam("center", center)
                        .get("/api/reports/archive")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$")
                        .size(),
                "the workbook archived by the failed attempt is the one sent by the retry");
    }

    @Test
    void aScheduleAtEachPhaseChangeSendsOnceWhenOneOfItsCentersChangesPhase() throws Exception {
        String center = TestCenters.create();
        String other = TestCenters.create();
        String contact = "phase-" + center + "@example.org";
        TestSchedules.create(
                TestSchedules.atPhaseChange(
                        "Fases " + center,
                        "progress",
                        List.of(center),
                        List.of(TestSchedules.contact(contact, "en"))));
        sending.sendDue();
        assertEquals(0, receivedBy(contact).size(), "nothing before a change");

        String today = LocalDate.now(clock).toString();
        TestCenters.enterPartnership(other, today);
        sending.sendDue();
        assertEquals(0, receivedBy(contact).size(), "a center the schedule does not cover");

        TestCenters.enterPartnership(center, today);
        sending.sendDue();
        sending.sendDue();

        List<MimeMessage> sent = receivedBy(contact);
        assertEquals(1, sent.size(), "sent once");
        assertEquals("RehabTrack: Fases " + center + ", as of " + today, sent.get(0).getSubject());
        Multipart parts = (Multipart) sent.get(0).getContent();
        assertTrue(
                ((String) parts.getBodyPart(0).getContent())
                        .contains("(" + center + ") entered the phase \"Partnership\" on " + today),
                "the body says which change it was sent for");
        attachment(sent.get(0), "progress_" + center + "_en_" + today + ".xlsx");
    }
}

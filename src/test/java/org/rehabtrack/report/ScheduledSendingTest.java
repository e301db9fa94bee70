package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.schedule.SmtpServer;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestUsers;

/**
 * A monthly schedule, once its day has come, sends its workbooks through a real SMTP server to each
 * recipient in its language, archived; and sends them once.
 */
@QuarkusTest
@QuarkusTestResource(value = SmtpServer.class, restrictToAnnotatedClass = true)
class ScheduledSendingTest {

    @Inject ScheduledSending sending;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(SmtpServer.server().getReceivedMessages())
                .filter(
                        m -> {
                            try {
                                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equals(address));
                            } catch (jakarta.mail.MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                .toList();
    }

    /** The first occasion of a monthly schedule on this day, set at this moment. */
    private org.rehabtrack.report.schedule.Occasion firstOccasion(int day, String createdAt) {
        return org.rehabtrack.report.schedule.Occasions.due(
                        org.rehabtrack.report.schedule.Cadence.MONTHLY,
                        day,
                        java.time.Instant.parse(createdAt),
                        java.time.Instant.parse(createdAt).plus(java.time.Duration.ofDays(62)),
                        clock.getZone())
                .get(0);
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
        String name = "Hallazgos " + center;
        String createdAt =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "name",
                                        name,
                                        "reports",
                                        List.of("findings"),
                                        "centers",
                                        List.of(center),
                                        "cadence",
                                        "MONTHLY",
                                        "dayOfMonth",
                                        5,
                                        "recipients",
                                        List.of(
                                                Map.of("user", user),
                                                Map.of(
                                                        "email",
                                                        "contact-" + center + "@example.org",
                                                        "language",
                                                        "en"))))
                        .post("/api/report-schedules")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("createdAt");
        org.rehabtrack.report.schedule.Occasion first = firstOccasion(5, createdAt);
        LocalDate cutOff = first.cutOff();
        clock.setInstant(first.due().plus(java.time.Duration.ofHours(6)));

        sending.sendDue();

        List<MimeMessage> spanish = to(user + "@example.org");
        assertEquals(1, spanish.size());
        assertEquals("RehabTrack: " + name + ", al " + cutOff, spanish.get(0).getSubject());
        byte[] workbook =
                attachment(spanish.get(0), "findings_" + center + "_es_" + cutOff + ".xlsx");
        given().multiPart("file", "copy.xlsx", workbook)
                .post("/api/reports/archive/verify")
                .then()
                .statusCode(200)
                .body("issued", org.hamcrest.Matchers.equalTo(true))
                .body("issues[0].requestedBy", org.hamcrest.Matchers.equalTo("schedule " + name));
        List<MimeMessage> english = to("contact-" + center + "@example.org");
        assertEquals(1, english.size());
        assertEquals("RehabTrack: " + name + ", as of " + cutOff, english.get(0).getSubject());
        attachment(english.get(0), "findings_" + center + "_en_" + cutOff + ".xlsx");

        sending.sendDue();
        assertEquals(1, to(user + "@example.org").size(), "sent once");
        assertTrue(to("contact-" + center + "@example.org").size() == 1, "sent once");
    }

    @Inject org.rehabtrack.report.schedule.ReportDeliveries deliveries;

    @Test
    void aFailedSendingIsTriedAgainAfterItsBackoffWithItsReasonKept() throws Exception {
        String center = TestCenters.create();
        String user = TestUsers.withEmail("MANAGER", null);
        long schedule =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "name",
                                        "Reintento " + center,
                                        "reports",
                                        List.of("findings"),
                                        "centers",
                                        List.of(center),
                                        "cadence",
                                        "MONTHLY",
                                        "dayOfMonth",
                                        6,
                                        "recipients",
                                        List.of(Map.of("user", user))))
                        .post("/api/report-schedules")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        String createdAt =
                given().get("/api/report-schedules/{id}", schedule)
                        .jsonPath()
                        .getString("createdAt");
        java.time.Instant due = firstOccasion(6, createdAt).due();
        clock.setInstant(due);
        SmtpServer.server().stop();
        try {
            sending.sendDue();
        } finally {
            SmtpServer.server().start();
        }
        var failed = deliveries.ofSchedule(schedule).get(0);
        assertEquals(org.rehabtrack.report.schedule.DeliveryStatus.PENDING, failed.getStatus());
        assertEquals(1, failed.getAttempts());
        assertTrue(failed.getLastError() != null, "the reason is kept");
        assertEquals(due.plus(java.time.Duration.ofMinutes(1)), failed.getNextAttemptAt());
        assertEquals(1, deliveries.ofSchedule(schedule).size(), "the first occasion only");
        assertEquals(0, to(user + "@example.org").size());
        given().get("/api/report-schedules/{id}/deliveries", schedule)
                .then()
                .statusCode(200)
                .body("[0].status", org.hamcrest.Matchers.equalTo("PENDING"))
                .body("[0].attempts", org.hamcrest.Matchers.equalTo(1))
                .body("[0].lastError", org.hamcrest.Matchers.notNullValue())
                .body(
                        "[0].nextAttemptAt",
                        org.hamcrest.Matchers.equalTo(
                                due.plus(java.time.Duration.ofMinutes(1)).toString()));

        clock.setInstant(due.plusSeconds(30));
        sending.sendDue();
        assertEquals(0, to(user + "@example.org").size(), "not before its next attempt");

        clock.setInstant(due.plus(java.time.Duration.ofMinutes(2)));
        sending.sendDue();
        var sent = deliveries.ofSchedule(schedule).get(0);
        assertEquals(org.rehabtrack.report.schedule.DeliveryStatus.SENT, sent.getStatus());
        assertEquals(2, sent.getAttempts());
        assertEquals(1, to(user + "@example.org").size());
        assertEquals(1, deliveries.ofSchedule(schedule).size(), "one delivery for the occasion");
        given().get("/api/report-schedules/{id}/deliveries", schedule)
                .then()
                .body("[0].status", org.hamcrest.Matchers.equalTo("SENT"))
                .body("[0].lastError", org.hamcrest.Matchers.nullValue())
                .body("[0].nextAttemptAt", org.hamcrest.Matchers.nullValue());
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
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "name",
                                "Fases " + center,
                                "reports",
                                List.of("progress"),
                                "centers",
                                List.of(center),
                                "cadence",
                                "PHASE_CHANGE",
                                "recipients",
                                List.of(Map.of("email", contact, "language", "en"))))
                .post("/api/report-schedules")
                .then()
                .statusCode(201);
        sending.sendDue();
        assertEquals(0, to(contact).size(), "nothing before a change");

        String today = LocalDate.now(clock).toString();
        enterPartnership(other, today);
        sending.sendDue();
        assertEquals(0, to(contact).size(), "a center the schedule does not cover");

        enterPartnership(center, today);
        sending.sendDue();
        sending.sendDue();

        List<MimeMessage> sent = to(contact);
        assertEquals(1, sent.size(), "sent once");
        assertEquals("RehabTrack: Fases " + center + ", as of " + today, sent.get(0).getSubject());
        Multipart parts = (Multipart) sent.get(0).getContent();
        assertTrue(
                ((String) parts.getBodyPart(0).getContent())
                        .contains("(" + center + ") entered the phase \"Partnership\" on " + today),
                "the body says which change it was sent for");
        attachment(sent.get(0), "progress_" + center + "_en_" + today + ".xlsx");
    }

    private static void enterPartnership(String center, String date) {
        org.rehabtrack.system.TestMilestones.date(center, "EVALUATION_COMPLETED", null, null, date);
        long version = given().get("/api/centers/{code}", center).jsonPath().getLong("version");
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", "PARTNERSHIP", "phaseChangeDate", date, "version", version))
                .patch("/api/centers/{code}", center)
                .then()
                .statusCode(200);
    }
}

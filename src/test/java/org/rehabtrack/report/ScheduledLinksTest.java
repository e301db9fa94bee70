package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.schedule.Occasion;
import org.rehabtrack.report.schedule.SmtpServer;
import org.rehabtrack.report.schedule.TestSchedules;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;

/**
 * A workbook too large to attach (here, any: the largest attachment is one byte) is mailed as a
 * signed link that anyone holding it may follow, without signing in, until it expires.
 */
@QuarkusTest
@QuarkusTestResource(
        value = SmtpServer.class,
        restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "rehabtrack.reports.mail.max-attachment", value = "1"))
class ScheduledLinksTest {

    private static final Pattern LINK =
            Pattern.compile(
                    Pattern.quote(SmtpServer.PUBLIC_URL)
                            + "(/reports/archive/(\\d+)/findings_[A-Za-z0-9_-]+\\.xlsx\\?expires=\\d+&signature=[A-Za-z0-9_-]+)");

    @Inject ScheduledSending sending;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aWorkbookTooLargeToAttachIsSentAsALinkThatWorksUntilItExpires() throws Exception {
        String center = TestCenters.create();
        String contact = "link-" + center + "@example.org";
        JsonPath schedule =
                TestSchedules.create(
                        TestSchedules.monthly(
                                "Enlace " + center,
                                "findings",
                                List.of(center),
                                3,
                                List.of(TestSchedules.contact(contact, "es"))));
        Occasion first = TestSchedules.firstOccasion(schedule, clock.getZone());
        clock.setInstant(first.due());
        sending.sendDue();

        MimeMessage mail = only(contact);
        String text = text(mail);
        assertTrue(!(mail.getContent() instanceof jakarta.mail.Multipart), "nothing attached");
        assertTrue(text.contains("es demasiado grande para adjuntarlo"), text);
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        String path = link.group(1);
        long id = Long.parseLong(link.group(2));

        byte[] linked =
                given().auth()
                        .none()
                        .urlEncodingEnabled(false)
                        .get(path)
                        .then()
                        .statusCode(200)
                        .header("Content-Disposition", containsString(".xlsx"))
                        .extract()
                        .asByteArray();
        byte[] archived =
                given().get("/api/reports/archive/{id}/workbook", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertArrayEquals(archived, linked, "the archived workbook, byte for byte");

        given().auth()
                .none()
                .urlEncodingEnabled(false)
                .header("Accept-Language", "en")
                .get(path.replace("/" + id + "/", "/" + (id + 1) + "/"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("not one RehabTrack made"));
        given().auth()
                .none()
                .urlEncodingEnabled(false)
                .get(path.replace("/findings_", "/budget_"))
                .then()
                .statusCode(404);
        given().auth()
                .none()
                .urlEncodingEnabled(false)
                .header("Accept", "text/html")
                .header("Accept-Language", "es")
                .get(path.replace("signature=", "signature=x"))
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML)
                .body(containsString("no lo creó RehabTrack"));

        clock.setInstant(first.due().plus(Duration.ofDays(30)));
        given().auth()
                .none()
                .urlEncodingEnabled(false)
                .header("Accept-Language", "en")
                .get(path)
                .then()
                .statusCode(403)
                .body("detail", containsString("has expired"));
        given().auth().none().get("/api/reports/archive/{id}/workbook", id).then().statusCode(401);
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> received = SmtpServer.receivedBy(address);
        assertEquals(1, received.size());
        return received.get(0);
    }

    private static String text(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replaceAll("\\r?\\n", " ");
    }
}

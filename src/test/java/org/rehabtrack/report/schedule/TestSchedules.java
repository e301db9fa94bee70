package org.rehabtrack.report.schedule;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.system.TestUsers;

/**
 * Report schedules set through the API for the tests, as a manager sets them. A schedule of the
 * tests names its centers or is paused: the database of a whole run holds hundreds of centers, and
 * a schedule of all of them would write large workbooks whenever a test sends what is due.
 */
public final class TestSchedules {

    private TestSchedules() {}

    /** A monthly schedule of one report about the centers, on a day, to the recipients. */
    public static Map<String, Object> monthly(
            String name, String report, List<String> centers, int day, List<?> recipients) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("reports", List.of(report));
        body.put("centers", centers);
        body.put("cadence", "MONTHLY");
        body.put("dayOfMonth", day);
        body.put("recipients", recipients);
        return body;
    }

    /**
     * A monthly schedule, paused, to a new manager with an e-mail address: for what is not sent.
     */
    public static Map<String, Object> paused(String name, String report) {
        Map<String, Object> body =
                monthly(
                        name,
                        report,
                        List.of(),
                        5,
                        List.of(user(TestUsers.withEmail("MANAGER", null))));
        body.put("active", false);
        return body;
    }

    /** A schedule of one report about the centers, sent at each of their phase changes. */
    public static Map<String, Object> atPhaseChange(
            String name, String report, List<String> centers, List<?> recipients) {
        Map<String, Object> body = monthly(name, report, centers, 1, recipients);
        body.put("cadence", "PHASE_CHANGE");
        body.remove("dayOfMonth");
        return body;
    }

    public static Map<String, String> user(String username) {
        return Map.of("user", username);
    }

    public static Map<String, String> contact(String email, String language) {
        return Map.of("email", email, "language", language);
    }

    /** Sets the schedule as the manager; the schedule as the API answered. */
    public static JsonPath create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/report-schedules")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** The first occasion of a monthly schedule the API answered, in the service's time zone. */
    public static Occasion firstOccasion(JsonPath schedule, ZoneId zone) {
        Instant created = Instant.parse(schedule.getString("createdAt"));
        return Occasions.due(
                        Cadence.MONTHLY,
                        schedule.getInt("dayOfMonth"),
                        created,
                        created.plus(Duration.ofDays(62)),
                        zone)
                .get(0);
    }
}

package org.rehabtrack.report.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestUsers.Donor;

/**
 * A manager sets schedules; each sends only what its audience may see, to people of that audience.
 */
@QuarkusTest
class ReportScheduleResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Map<String, Object> monthlyFor(Donor donor, String center) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Informe mensual al donante");
        body.put("reports", List.of("budget", "progress"));
        body.put("centers", List.of(center));
        body.put("fundingSource", donor.grant());
        body.put("cadence", "MONTHLY");
        body.put("dayOfMonth", 5);
        body.put("audience", donor.acronym());
        body.put(
                "recipients",
                List.of(
                        Map.of("user", TestUsers.withEmail("DONOR", donor.acronym())),
                        Map.of("email", "programa@example.org", "language", "en")));
        return body;
    }

    private static void refused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/report-schedules")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", startsWith(field));
    }

    @Test
    void aManagerSetsChangesPausesAndRemovesASchedule() {
        String center = TestCenters.create();
        Donor donor = TestUsers.donorFunding(center);
        JsonPath created = TestSchedules.create(monthlyFor(donor, center));
        long id = created.getLong("id");
        given().get("/api/report-schedules/{id}", id)
                .then()
                .statusCode(200)
                .body("reports", equalTo(List.of("budget", "progress")))
                .body("centers", equalTo(List.of(center)))
                .body("audience", equalTo(donor.acronym()))
                .body("recipients[1].email", equalTo("programa@example.org"))
                .body("recipients[1].language", equalTo("en"))
                .body("active", equalTo(true))
                .body("createdBy", equalTo("manager"));
        given().get("/api/report-schedules").then().statusCode(200).body("id", hasItem((int) id));

        given().contentType(ContentType.JSON)
                .body(Map.of("active", false, "version", created.getLong("version")))
                .patch("/api/report-schedules/{id}", id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false))
                .body("recipients.size()", equalTo(2));
        given().contentType(ContentType.JSON)
                .body(Map.of("active", true, "version", created.getLong("version")))
                .patch("/api/report-schedules/{id}", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);

        given().delete("/api/report-schedules/{id}", id).then().statusCode(204);
        given().get("/api/report-schedules/{id}", id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aScheduleSendsOnlyWhatItsAudienceSeesToItsOwnPeople() {
        String center = TestCenters.create();
        String other = TestCenters.create();
        Donor donor = TestUsers.donorFunding(center);
        Map<String, Object> body = monthlyFor(donor, center);

        body.put("dayOfMonth", null);
        refused(body, "dayOfMonth");
        body.put("dayOfMonth", 29);
        refused(body, "dayOfMonth");
        body.put("dayOfMonth", 5);

        body.put("centers", List.of(other));
        refused(body, "centers");
        body.put("centers", List.of(center));

        body.put("recipients", List.of(Map.of("user", TestUsers.create("DONOR", donor.acronym()))));
        refused(body, "recipients[0].user");
        body.put("recipients", List.of(Map.of("user", TestUsers.withEmail("MANAGER", null))));
        refused(body, "recipients[0].user");
        body.put(
                "recipients",
                List.of(Map.of("user", "manager", "email", "x@example.org", "language", "es")));
        refused(body, "recipients[0]");
        body.put("recipients", List.of(Map.of("email", "x@example.org")));
        refused(body, "recipients[0].language");

        body.put("audience", null);
        body.put("fundingSource", null);
        body.put(
                "recipients",
                List.of(Map.of("user", TestUsers.withEmail("DONOR", donor.acronym()))));
        refused(body, "recipients[0].user");
        body.put("recipients", List.of(Map.of("user", TestUsers.withEmail("MANAGER", null))));
        body.put("reports", List.of("payroll"));
        refused(body, "reports");
        body.put("reports", List.of("findings"));
        body.put("cadence", "PHASE_CHANGE");
        refused(body, "dayOfMonth");
        body.remove("dayOfMonth");
        TestSchedules.create(body);
    }

    @Test
    void onlyManagersSetSchedulesAndAdministratorsReadThem() {
        String engineer = TestUsers.create("ENGINEER", null);
        TestUsers.api(engineer).get("/api/report-schedules").then().statusCode(403);
        given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/report-schedules")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .post("/api/report-schedules")
                .then()
                .statusCode(403);
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;

/**
 * The schedules on the reports page and the schedule form as a browser posts them: a manager's
 * refused form comes back as typed with each error by its field, a saved one is listed, paused,
 * resumed and removed; an administrator sees the schedules without the buttons; others see none.
 */
@QuarkusTest
class SchedulePagesTest {

    @Inject Csrf csrf;

    private RequestSpecification form(String user) {
        return TestSessions.form(user, csrf);
    }

    private static List<Map<String, Object>> schedulesNamed(String name) {
        return given()
                .get("/api/report-schedules")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("")
                .stream()
                .filter(s -> name.equals(s.get("name")))
                .toList();
    }

    @Test
    void aRefusedScheduleComesBackAsTypedWithEachErrorByItsField() {
        String center = TestCenters.create();
        String name = "Rechazado " + center;
        form("manager")
                .queryParam("lang", "es")
                .formParam("name", name)
                .formParam("centers", center)
                .formParam("cadence", "MONTHLY")
                .formParam("dayOfMonth", "31")
                .formParam("contacts", "ana@example.org es\nsin idioma@example.org")
                .post("/reports/schedules/new")
                .then()
                .statusCode(422)
                .body(containsString("id=\"reports-error\">Complete este campo."))
                .body(containsString("id=\"contacts-error\">Línea 2: escriba una dirección"))
                .body(containsString("id=\"dayOfMonth-error\""))
                .body(containsString("value=\"" + center + "\" checked"))
                .body(containsString("ana@example.org es"));
        String user = TestUsers.withEmail("MANAGER", null);
        // A contact of IOM's schedule is fine; a State partner's user is not.
        String donorsUser =
                TestUsers.withEmail("PARTNER", org.rehabtrack.system.TestPartners.institution());
        form("manager")
                .queryParam("lang", "en")
                .formParam("name", name)
                .formParam("reports", "progress")
                .formParam("cadence", "MONTHLY")
                .formParam("dayOfMonth", "5")
                .formParam("users", user)
                .formParam("users", donorsUser)
                .post("/reports/schedules/new")
                .then()
                .statusCode(422)
                .body(containsString("id=\"users-error\">The user " + donorsUser));
        assertEquals(0, schedulesNamed(name).size(), "nothing saved");
    }

    @Test
    void aManagerSetsPausesResumesAndRemovesASchedule() {
        String center = TestCenters.create();
        String user = TestUsers.withEmail("MANAGER", null);
        String name = "Mensual " + center;
        form("manager")
                .queryParam("lang", "es")
                .formParam("name", name)
                .formParam("reports", "progress")
                .formParam("reports", "findings")
                .formParam("centers", center)
                .formParam("cadence", "MONTHLY")
                .formParam("dayOfMonth", "5")
                .formParam("users", user)
                .formParam("contacts", "ana@example.org EN\n\n")
                .post("/reports/schedules/new")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/reports?schedule=created#schedules-heading"));
        List<Map<String, Object>> saved = schedulesNamed(name);
        assertEquals(1, saved.size());
        JsonPath schedule =
                given().get("/api/report-schedules/{id}", saved.get(0).get("id")).jsonPath();
        assertEquals(List.of("progress", "findings"), schedule.getList("reports"));
        assertEquals(List.of(center), schedule.getList("centers"));
        assertEquals(user, schedule.getString("recipients[0].user"));
        assertEquals("ana@example.org", schedule.getString("recipients[1].email"));
        assertEquals("en", schedule.getString("recipients[1].language"));
        long id = schedule.getLong("id");

        TestSessions.page("manager")
                .queryParam("lang", "es")
                .queryParam("schedule", "created")
                .get("/reports")
                .then()
                .statusCode(200)
                .body(containsString("Se guardó el envío programado"))
                .body(containsString(name))
                .body(containsString("Cada mes, el día 5"))
                .body(containsString("data-label=\"Destinatarios\">2</td>"))
                .body(containsString("action=\"/reports/schedules/" + id + "/active\""));

        form("manager")
                .formParam("active", "false")
                .formParam("version", schedule.getLong("version"))
                .post("/reports/schedules/{id}/active", id)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/reports?schedule=paused#schedules-heading"));
        assertEquals(false, given().get("/api/report-schedules/{id}", id).jsonPath().get("active"));
        form("manager")
                .formParam("active", "true")
                .formParam("version", schedule.getLong("version"))
                .post("/reports/schedules/{id}/active", id)
                .then()
                .statusCode(409);
        long version = given().get("/api/report-schedules/{id}", id).jsonPath().getLong("version");
        form("manager")
                .formParam("active", "true")
                .formParam("version", version)
                .post("/reports/schedules/{id}/active", id)
                .then()
                .statusCode(303);
        assertEquals(true, given().get("/api/report-schedules/{id}", id).jsonPath().get("active"));

        TestSessions.page("manager")
                .redirects()
                .follow(false)
                .formParam("csrf-token", "forged")
                .post("/reports/schedules/{id}/delete", id)
                .then()
                .statusCode(403);
        form("manager")
                .post("/reports/schedules/{id}/delete", id)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/reports?schedule=removed#schedules-heading"));
        given().get("/api/report-schedules/{id}", id).then().statusCode(404);
    }

    @Test
    void aManagerChangesAScheduleThroughItsForm() {
        String center = TestCenters.create();
        String other = TestCenters.create();
        String name = "Trimestral " + center;
        long id =
                org.rehabtrack.report.schedule.TestSchedules.create(
                                org.rehabtrack.report.schedule.TestSchedules.monthly(
                                        name,
                                        "budget",
                                        List.of(center),
                                        5,
                                        List.of(
                                                org.rehabtrack.report.schedule.TestSchedules
                                                        .contact("ana@example.org", "es"))))
                        .getLong("id");
        TestSessions.page("manager")
                .queryParam("lang", "en")
                .get("/reports/schedules/{id}/edit", id)
                .then()
                .statusCode(200)
                .body(containsString("Change the schedule"))
                .body(containsString("value=\"" + name + "\""))
                .body(containsString("value=\"" + center + "\" checked"))
                .body(containsString("value=\"budget\" checked"))
                .body(containsString("ana@example.org es"))
                .body(containsString("name=\"version\" value=\"0\""));

        form("manager")
                .queryParam("lang", "en")
                .formParam("version", "0")
                .formParam("name", name)
                .formParam("reports", "budget")
                .formParam("reports", "progress")
                .formParam("centers", other)
                .formParam("cadence", "QUARTERLY")
                .formParam("dayOfMonth", "40")
                .formParam("contacts", "ana@example.org es")
                .post("/reports/schedules/{id}/edit", id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"dayOfMonth-error\""))
                .body(containsString("value=\"" + other + "\" checked"));
        form("manager")
                .formParam("version", "0")
                .formParam("name", name)
                .formParam("reports", "budget")
                .formParam("reports", "progress")
                .formParam("centers", other)
                .formParam("cadence", "QUARTERLY")
                .formParam("dayOfMonth", "12")
                .formParam("contacts", "ana@example.org en")
                .post("/reports/schedules/{id}/edit", id)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/reports?schedule=saved#schedules-heading"));
        JsonPath saved = given().get("/api/report-schedules/{id}", id).jsonPath();
        assertEquals(List.of("budget", "progress"), saved.getList("reports"));
        assertEquals(List.of(other), saved.getList("centers"));
        assertEquals("QUARTERLY", saved.getString("cadence"));
        assertEquals(12, saved.getInt("dayOfMonth"));
        assertEquals("en", saved.getString("recipients[0].language"));

        // A second change from the same, now stale, form is refused and saves nothing.
        form("manager")
                .queryParam("lang", "en")
                .formParam("version", "0")
                .formParam("name", "Otro nombre")
                .formParam("reports", "budget")
                .formParam("cadence", "MONTHLY")
                .formParam("dayOfMonth", "3")
                .formParam("contacts", "ana@example.org en")
                .post("/reports/schedules/{id}/edit", id)
                .then()
                .statusCode(422)
                .body(containsString("class=\"error\" role=\"alert\""));
        assertEquals(name, given().get("/api/report-schedules/{id}", id).jsonPath().get("name"));
    }

    @Test
    void onlyIomSeesTheSchedulesAndOnlyManagersChangeThem() {
        String center = TestCenters.create();
        String name = "Visible " + center;
        form("manager")
                .formParam("name", name)
                .formParam("reports", "budget")
                .formParam("centers", center)
                .formParam("cadence", "PHASE_CHANGE")
                // The day the form shows is left aside at a phase change.
                .formParam("dayOfMonth", "5")
                .formParam("contacts", "visible@example.org es")
                .post("/reports/schedules/new")
                .then()
                .statusCode(303);
        TestSessions.page("admin")
                .queryParam("lang", "en")
                .get("/reports")
                .then()
                .statusCode(200)
                .body(containsString(name))
                .body(containsString("When one of its centers changes phase"))
                .body(not(containsString("/reports/schedules/new")));
        TestSessions.page("admin").get("/reports/schedules/new").then().statusCode(403);
        TestSessions.page("admin")
                .get("/reports/schedules/{id}/edit", schedulesNamed(name).get(0).get("id"))
                .then()
                .statusCode(403);
        String donor = TestUsers.donorFunding(center).username();
        TestUsers.page(donor)
                .queryParam("lang", "en")
                .get("/reports")
                .then()
                .statusCode(200)
                .body(not(containsString("schedules-heading")))
                .body(not(containsString(name)));
    }
}

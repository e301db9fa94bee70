package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestWorks;

@QuarkusTest
class CenterPageTest {

    @Test
    void showsTheCentersPhaseAndMilestonesWithFormsForAManager() {
        String center = TestCenters.create();
        String roof = TestCenters.create();
        TestEvaluations.finding(
                TestEvaluations.create(roof, "INITIAL", Map.of("personsDesignCapacity", 50)),
                "CRITICAL",
                "Leaking roof over the main dormitory");
        TestSessions.page("manager")
                .get("/centers/{code}", center)
                .then()
                .statusCode(200)
                .body(containsString(center))
                .body(containsString("aria-current=\"step\""))
                .body(containsString("form class=\"milestone\""))
                .body(containsString("name=\"csrf-token\""));
        TestSessions.page("manager")
                .get("/centers/{code}", roof)
                .then()
                .statusCode(200)
                .body(containsString("Leaking roof over the main dormitory"))
                .body(containsString("severity-CRITICAL"));
    }

    /**
     * The history reads as sentences: who by name, what record by its name, each changed field in
     * the page's language with its value before and after, written as the page writes values.
     */
    @Test
    void theHistoryNamesWhoWhatAndEachFieldBeforeAndAfter() {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "WORKS_STARTED");
        given().contentType(ContentType.JSON)
                .body(Map.of("forecastDate", "2027-04-15", "version", 0))
                .patch("/api/milestones/{id}", milestone)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("municipality", "Omoa", "capacity", 1500, "version", 0))
                .patch("/api/centers/{code}", center)
                .then()
                .statusCode(200);
        String page =
                TestSessions.page("manager")
                        .queryParam("lang", "es")
                        .get("/centers/{code}", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        String history = page.substring(page.indexOf("id=\"history-heading\""));
        assertTrue(history.contains("<strong>Gerente de proyecto OIM (demo)</strong>"), history);
        assertTrue(history.contains("Modificado: Hito «Inicio de obras»"), history);
        assertTrue(history.contains("<li>Pronóstico: — → 15/04/2027</li>"), history);
        assertTrue(history.contains("<li>Municipio: Puerto Cortés → Omoa</li>"), history);
        assertTrue(history.contains("<li>Capacidad: 120 → 1,500</li>"), history);
        assertTrue(history.contains("Modificado: Centro «" + center + "»"), history);
        assertFalse(history.contains("forecastDate"), history);
    }

    /**
     * The Spanish page: milestones in the order they happen, under their Spanish names even
     * when the center was created by an English request, dates day first, money as Honduras writes
     * it.
     */
    @Test
    void aSpanishPageWritesDatesDayFirstMoneyAsHondurasAndMilestonesByDate() {
        String center = TestCenters.withRecords();
        for (var move : Map.of("HANDOVER", "2027-03-05", "INAUGURATION", "2027-01-20").entrySet()) {
            long id = TestCenters.milestoneId(center, move.getKey());
            given().contentType(ContentType.JSON)
                    .body(
                            Map.of(
                                    "forecastDate",
                                    move.getValue(),
                                    "version",
                                    TestCenters.milestoneVersion(id)))
                    .patch("/api/milestones/{id}", id)
                    .then()
                    .statusCode(200);
        }
        String page =
                TestSessions.page("manager")
                        .get("/centers/{code}?lang=es", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(page.contains("20/01/2027") && page.contains("05/03/2027"), "dates day first");
        assertTrue(
                page.indexOf("Inauguración") < page.indexOf("Entrega"),
                "the milestone of January before the one of March");
        assertTrue(
                !page.contains("Works started") && !page.contains("Handover"), "names in Spanish");
        assertTrue(
                Pattern.compile("\\d,\\d{3}\\.\\d{2}\\b").matcher(page).find(),
                "money with a comma for thousands and a point for decimals");
        Matcher continental = Pattern.compile("\\d\\.\\d{3},\\d{2}\\b").matcher(page);
        assertTrue(!continental.find(), () -> "no 1.234,56: " + continental.group());
        TestSessions.page("manager")
                .get("/favicon.svg")
                .then()
                .statusCode(200)
                .contentType(containsString("image/svg"));
        assertTrue(page.contains("rel=\"icon\" href=\"/favicon.svg\""), "a favicon");
        assertTrue(
                page.contains("<summary>Qué significan estas cifras</summary>")
                        && page.contains("menos de 1 significa atraso"),
                "SPI and CPI are explained where they are shown");
        assertTrue(
                page.contains("Manual Esfera, norma de alojamiento 3")
                        && !page.contains("Sphere Handbook"),
                "the standards' sources in Spanish");
    }

    @Test
    void showsADonorNoFormAndNoCenterItDoesNotFund() {
        String funded = TestCenters.create();
        String other = TestCenters.create();
        String donor = TestUsers.donorFunding(funded).username();
        TestUsers.page(donor)
                .get("/centers/{code}", funded)
                .then()
                .statusCode(200)
                .body(not(containsString("form class=\"milestone\"")));
        TestUsers.page(donor).get("/centers/{code}", other).then().statusCode(404);
        TestUsers.page(donor)
                .contentType("application/x-www-form-urlencoded")
                .formParam("version", 0)
                .formParam("forecastDate", "2027-01-01")
                .post(
                        "/centers/{code}/milestones/{id}",
                        funded,
                        TestCenters.milestoneId(funded, "HANDOVER"))
                .then()
                .statusCode(403);
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndSaysSo() {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "HANDOVER");
        // Refused in the answer to the post itself: the page again, 422, the date typed kept.
        TestSessions.page("manager")
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("version", 0)
                .formParam("forecastDate", "2027-01-01")
                .formParam("csrf-token", "forged")
                .post("/centers/{code}/milestones/{id}", center, milestone)
                .then()
                .statusCode(422)
                .header("Location", nullValue())
                .body(
                        containsString(
                                "id=\"error-"
                                        + milestone
                                        + "\" role=\"alert\">The form had expired; please try"
                                        + " again."))
                .body(containsString("value=\"2027-01-01\""));
    }

    /**
     * A date field left empty, which is also what a browser sends for a date typed only in part,
     * never erases the stored date, and says that nothing changed; clearing a date is its own
     * button.
     */
    @Test
    void anEmptyDateKeepsTheStoredOneAndClearingIsItsOwnAction() {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "HANDOVER");
        long version =
                given().contentType(ContentType.JSON)
                        .body(Map.of("forecastDate", "2027-03-01", "version", 0))
                        .patch("/api/milestones/{id}", milestone)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("version");
        String session = TestSessions.signIn(TestUsers.create("MANAGER", null), TestUsers.PASSWORD);
        String html =
                given().auth()
                        .none()
                        .cookie(SessionAuthenticationMechanism.COOKIE, session)
                        .get("/centers/{code}", center)
                        .then()
                        .statusCode(200)
                        .body(containsString("name=\"clear\" value=\"forecastDate\""))
                        .extract()
                        .asString();
        Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(token.find(), "the form's token");

        String unchanged =
                given().auth()
                        .none()
                        .cookie(SessionAuthenticationMechanism.COOKIE, session)
                        .redirects()
                        .follow(false)
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("csrf-token", token.group(1))
                        .formParam("version", version)
                        .formParam("forecastDate", "")
                        .formParam("actualDate", "")
                        .post("/centers/{code}/milestones/{id}", center, milestone)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(unchanged.contains("outcome=unchanged"), unchanged);
        given().get("/api/milestones/{id}", milestone)
                .then()
                .body("forecastDate", org.hamcrest.Matchers.equalTo("2027-03-01"));
        given().auth()
                .none()
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .queryParam("lang", "es")
                .get(unchanged.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", ""))
                .then()
                .statusCode(200)
                .body(containsString("No cambió nada."))
                .body(not(containsString("Guardado.")));

        String cleared =
                given().auth()
                        .none()
                        .cookie(SessionAuthenticationMechanism.COOKIE, session)
                        .redirects()
                        .follow(false)
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("csrf-token", token.group(1))
                        .formParam("version", version)
                        .formParam("forecastDate", "2027-03-01")
                        .formParam("actualDate", "")
                        .formParam("clear", "forecastDate")
                        .post("/centers/{code}/milestones/{id}", center, milestone)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(cleared.contains("outcome=saved"), cleared);
        given().get("/api/milestones/{id}", milestone).then().body("forecastDate", nullValue());
    }

    /**
     * A suspended package still takes progress (the rule of {@code WorkPackageStatus}), so the page
     * offers its progress form as it does for a package in progress.
     */
    @Test
    void offersProgressToASuspendedPackage() {
        String center = TestCenters.create();
        long id = TestWorks.underWay(center, "WP-01", List.of());
        long version =
                given().get("/api/work-packages/{id}", id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("version");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED", "version", version))
                .patch("/api/work-packages/{id}", id)
                .then()
                .statusCode(200);
        String progress = "/centers/" + center + "/work-packages/" + id + "/progress";
        TestSessions.page("engineer")
                .get("/centers/{code}", center)
                .then()
                .statusCode(200)
                .body(containsString(progress));
        TestSessions.page("engineer").get(progress).then().statusCode(200);
    }

    /**
     * Texts the data holds in English (units of the standards checks) show in the page's language.
     */
    @Test
    void showsTheStandardsUnitsInThePagesLanguage() {
        String center = TestCenters.create();
        TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 50));
        TestSessions.page("manager")
                .get("/centers/{code}?lang=es", center)
                .then()
                .statusCode(200)
                .body(containsString("L/persona/día"))
                .body(not(containsString("L/person/day")));
        TestSessions.page("manager")
                .get("/centers/{code}?lang=en", center)
                .then()
                .statusCode(200)
                .body(containsString("L/person/day"));
    }
}

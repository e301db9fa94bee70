package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

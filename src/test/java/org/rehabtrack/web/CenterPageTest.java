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
import org.rehabtrack.system.TestWorks;

@QuarkusTest
class CenterPageTest {

    @Test
    void showsTheCentersPhaseAndMilestonesWithFormsForAManager() {
        TestSessions.page("manager")
                .get("/centers/CAMR-OMOA")
                .then()
                .statusCode(200)
                .body(containsString("CAMR-OMOA"))
                .body(containsString("aria-current=\"step\""))
                .body(containsString("form class=\"milestone\""))
                .body(containsString("name=\"csrf-token\""));
        TestSessions.page("manager")
                .get("/centers/CAMR-SPS")
                .then()
                .statusCode(200)
                .body(containsString("Leaking roof over the main dormitory"))
                .body(containsString("severity-CRITICAL"));
    }

    @Test
    void showsADonorNoFormAndNoCenterItDoesNotFund() {
        TestSessions.page("donor")
                .get("/centers/CAMR-OMOA")
                .then()
                .statusCode(200)
                .body(not(containsString("form class=\"milestone\"")));
        TestSessions.page("donor").get("/centers/CANFM-BELEN").then().statusCode(404);
        TestSessions.page("donor")
                .contentType("application/x-www-form-urlencoded")
                .formParam("version", 0)
                .formParam("forecastDate", "2027-01-01")
                .post("/centers/CAMR-OMOA/milestones/1")
                .then()
                .statusCode(403);
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndSaysSo() {
        long milestone =
                given().get("/api/centers/CAMR-OMOA/milestones")
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("[0].id");
        // Refused in the answer to the post itself: the page again, 422, the date typed kept.
        TestSessions.page("manager")
                .redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("version", 0)
                .formParam("forecastDate", "2027-01-01")
                .formParam("csrf-token", "forged")
                .post("/centers/CAMR-OMOA/milestones/{id}", milestone)
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

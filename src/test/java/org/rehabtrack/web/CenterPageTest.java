package org.rehabtrack.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestSessions;

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
        String location =
                TestSessions.page("manager")
                        .redirects()
                        .follow(false)
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("version", 0)
                        .formParam("forecastDate", "2027-01-01")
                        .formParam("csrf-token", "forged")
                        .post("/centers/CAMR-OMOA/milestones/1")
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(
                location.contains("outcome=refused") && location.contains("message=page.csrf"),
                location);
    }
}

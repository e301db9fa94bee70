package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;

@QuarkusTest
class CenterPageTest {

    @Test
    void showsTheCentersPhaseAndMilestonesWithFormsForAManager() {
        given().get("/centers/CAMR-OMOA").then().statusCode(200)
                .body(containsString("CAMR-OMOA"))
                .body(containsString("aria-current=\"step\""))
                .body(containsString("form class=\"milestone\""))
                .body(containsString("name=\"csrf-token\""));
        given().get("/centers/CAMR-SPS").then().statusCode(200)
                .body(containsString("Leaking roof over the main dormitory"))
                .body(containsString("severity-CRITICAL"));
    }

    @Test
    void showsADonorNoFormAndNoCenterItDoesNotFund() {
        given().auth().preemptive().basic("donor", SignedInAsManager.DEMO_PASSWORD).get("/centers/CAMR-OMOA").then()
                .statusCode(200).body(not(containsString("form class=\"milestone\"")));
        given().auth().preemptive().basic("donor", SignedInAsManager.DEMO_PASSWORD).get("/centers/CANFM-BELEN")
                .then().statusCode(404);
        given().auth().preemptive().basic("donor", SignedInAsManager.DEMO_PASSWORD).contentType("application/x-www-form-urlencoded")
                .formParam("version", 0).formParam("forecastDate", "2027-01-01")
                .post("/centers/CAMR-OMOA/milestones/1").then().statusCode(403);
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndSaysSo() {
        String location = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("version", 0).formParam("forecastDate", "2027-01-01").formParam("csrf-token", "forged")
                .post("/centers/CAMR-OMOA/milestones/1").then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("outcome=refused") && location.contains("message=page.csrf"), location);
    }
}

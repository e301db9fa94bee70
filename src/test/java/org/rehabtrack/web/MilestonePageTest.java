package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestSessions;

/**
 * A milestone's own page and the form that adds one, as a browser posts them: a manager adds a
 * milestone of the center's own, writes a note, sets the first baseline and moves it with a reason;
 * what is refused comes back in the page (422) and saves nothing; others only read.
 */
@QuarkusTest
class MilestonePageTest {

    @Inject Csrf csrf;

    private RequestSpecification form(String user) {
        return TestSessions.form(user, csrf);
    }

    private static int milestonesOf(String center) {
        return given().get("/api/centers/{code}/milestones", center)
                .then()
                .extract()
                .jsonPath()
                .getList("")
                .size();
    }

    @Test
    void aManagerAddsAMilestoneOfTheCentersOwn() {
        String center = TestCenters.create();
        int before = milestonesOf(center);
        form("manager")
                .queryParam("lang", "es")
                .formParam("name", " ")
                .formParam("forecastDate", "2027-02-30")
                .post("/centers/{code}/milestones/new", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"name-error\">Complete este campo."))
                .body(containsString("id=\"forecastDate-error\""));
        assertEquals(before, milestonesOf(center), "nothing added");

        String location =
                form("manager")
                        .formParam("name", "Inspección de la DINAF")
                        .formParam("baselineDate", "2027-03-01")
                        .formParam("forecastDate", "2027-03-15")
                        .formParam("note", "Con la oficina regional")
                        .post("/centers/{code}/milestones/new", center)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(location.contains("/centers/" + center + "?milestone="), location);
        assertTrue(location.contains("outcome=saved"), location);
        given().get("/api/centers/{code}/milestones", center)
                .then()
                .body("find { it.kind == 'CUSTOM' }.name", equalTo("Inspección de la DINAF"))
                .body("find { it.kind == 'CUSTOM' }.forecastDate", equalTo("2027-03-15"))
                .body("find { it.kind == 'CUSTOM' }.note", equalTo("Con la oficina regional"));
    }

    @Test
    void aManagerSetsTheBaselineThenMovesItOnlyWithAReason() {
        String center = TestCenters.create();
        long id = TestCenters.milestoneId(center, "WORKS_STARTED");
        form("manager")
                .formParam("version", TestCenters.milestoneVersion(id))
                .formParam("baselineDate", "2027-04-01")
                .formParam("note", "Depends on the rainy season")
                .post("/centers/{code}/milestones/{id}/details", center, id)
                .then()
                .statusCode(303)
                .header("Location", containsString("/milestones/" + id + "?outcome=saved"));

        form("manager")
                .queryParam("lang", "en")
                .formParam("version", TestCenters.milestoneVersion(id))
                .formParam("baselineDate", "2027-05-01")
                .formParam("reason", "")
                .post("/centers/{code}/milestones/{id}/rebaseline", center, id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"reason-error\""));
        given().get("/api/milestones/{id}", id).then().body("baselineDate", equalTo("2027-04-01"));

        form("manager")
                .formParam("version", TestCenters.milestoneVersion(id))
                .formParam("baselineDate", "2027-05-01")
                .formParam("reason", "The contractor's mobilisation slipped a month")
                .post("/centers/{code}/milestones/{id}/rebaseline", center, id)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=rebaselined"));
        given().get("/api/milestones/{id}", id)
                .then()
                .body("baselineDate", equalTo("2027-05-01"))
                .body("note", equalTo("Depends on the rainy season"));
        given().get("/api/milestones/{id}/rebaselines", id).then().body("", hasSize(1));

        TestSessions.page("manager")
                .queryParam("lang", "es")
                .queryParam("outcome", "rebaselined")
                .get("/centers/{code}/milestones/{id}", center, id)
                .then()
                .statusCode(200)
                .body(containsString("<h1>Inicio de obras</h1>"))
                .body(containsString("Línea base movida."))
                .body(containsString("01/04/2027 → 01/05/2027"))
                .body(containsString("The contractor&#39;s mobilisation slipped a month"))
                .body(containsString("Depends on the rainy season"));
    }

    @Test
    void othersReadTheMilestoneButSeeNoFormAndMayNotPost() {
        String center = TestCenters.create();
        long id = TestCenters.milestoneId(center, "WORKS_STARTED");
        TestSessions.page("engineer")
                .get("/centers/{code}/milestones/{id}", center, id)
                .then()
                .statusCode(200)
                .body(containsString("moves-heading"))
                .body(not(containsString("<form class=\"site\"")));
        TestSessions.page("engineer")
                .get("/centers/{code}", center)
                .then()
                .body(containsString("/centers/" + center + "/milestones/" + id + "\""))
                .body(not(containsString("/milestones/new")));
        form("engineer")
                .formParam("version", 0)
                .formParam("note", "not mine to write")
                .post("/centers/{code}/milestones/{id}/details", center, id)
                .then()
                .statusCode(403);
        given().get("/api/milestones/{id}", id).then().body("note", equalTo(null));
    }

    @Test
    void aMilestoneOfAnotherCenterIsNotFoundUnderThisOne() {
        String center = TestCenters.create();
        String other = TestCenters.create();
        long id = TestCenters.milestoneId(other, "WORKS_STARTED");
        TestSessions.page("manager")
                .get("/centers/{code}/milestones/{id}", center, id)
                .then()
                .statusCode(404);
        form("manager")
                .formParam("version", 0)
                .formParam("forecastDate", "2027-01-01")
                .post("/centers/{code}/milestones/{id}", center, id)
                .then()
                .statusCode(404);
        given().get("/api/milestones/{id}", id).then().body("forecastDate", equalTo(null));
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestSessions;

/**
 * The form that records an evaluation and an evaluation's page, as a browser posts and reads them:
 * an engineer records the measurements of a follow-up visit; its page shows the standards checks
 * and how each moved since the initial evaluation; what is refused comes back as typed (422) and
 * records nothing; others only read.
 */
@QuarkusTest
class EvaluationPageTest {

    @Inject Csrf csrf;

    private RequestSpecification form(String user) {
        return TestSessions.form(user, csrf);
    }

    private static int evaluationsOf(String center) {
        return given().get("/api/centers/{code}/evaluations", center)
                .then()
                .extract()
                .jsonPath()
                .getList("")
                .size();
    }

    @Test
    void anEngineerRecordsAFollowUpWhosePageComparesItWithTheInitialEvaluation() {
        String center = TestCenters.create();
        TestEvaluations.create(
                center,
                "INITIAL",
                Map.of("personsDesignCapacity", 100, "toiletsFemale", 1, "toiletsMale", 1));
        form("engineer")
                .queryParam("lang", "es")
                .formParam("kind", "FOLLOW_UP")
                .formParam("date", LocalDate.now().toString())
                .formParam("leadEngineer", " ")
                .formParam("personsDesignCapacity", "cien")
                .formParam("minCeilingHeightM", "2,4")
                .formParam("toiletsFemale", "-3")
                .post("/centers/{code}/evaluations/new", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"leadEngineer-error\""))
                .body(containsString("id=\"personsDesignCapacity-error\""))
                .body(containsString("id=\"toiletsFemale-error\""))
                .body(containsString("value=\"2,4\""));
        assertTrue(evaluationsOf(center) == 1, "nothing recorded");

        String location =
                form("engineer")
                        .formParam("kind", "FOLLOW_UP")
                        .formParam("date", LocalDate.now().toString())
                        .formParam("leadEngineer", "Ing. Carlos Mejía")
                        .formParam("overnightStay", "true")
                        .formParam("personsDesignCapacity", "100")
                        .formParam("toiletsFemale", "3")
                        .formParam("toiletsMale", "3")
                        .formParam("minCeilingHeightM", "2,4")
                        .post("/centers/{code}/evaluations/new", center)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(location.contains("outcome=created"), location);
        given().get("/api/centers/{code}/evaluations", center)
                .then()
                .body("$", hasSize(2))
                .body(
                        "find { it.kind == 'FOLLOW_UP' }.measurements.minCeilingHeightM",
                        equalTo(2.4f))
                .body("find { it.kind == 'FOLLOW_UP' }.measurements.overnightStay", equalTo(true));
        TestSessions.page("engineer")
                .queryParam("lang", "es")
                .get(location.replaceFirst("^https?://[^/]+", ""))
                .then()
                .statusCode(200)
                .body(containsString("Evaluación registrada"))
                .body(containsString("Comparada con la evaluación inicial del"))
                .body(containsString("Ahora cumple"))
                .body(containsString("Ing. Carlos Mejía"));
    }

    @Test
    void othersReadTheEvaluationButDoNotRecordOne() {
        String center = TestCenters.create();
        long initial =
                TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 50));
        TestSessions.page("manager")
                .queryParam("lang", "en")
                .get("/centers/{code}/evaluations/{id}", center, initial)
                .then()
                .statusCode(200)
                .body(containsString("This is the center&#39;s initial evaluation"))
                .body(containsString("Persons the center is designed for"));
        form("manager")
                .accept("text/html")
                .get("/centers/{code}/evaluations/new", center)
                .then()
                .statusCode(200);
        TestSessions.page("manager")
                .get("/centers/{code}", center)
                .then()
                .body(
                        containsString(
                                "href=\"/centers/" + center + "/evaluations/" + initial + "\""))
                .body(containsString("href=\"/centers/" + center + "/evaluations/new\""));
        TestSessions.page("manager")
                .accept("text/html")
                .get("/centers/{code}/evaluations/{id}", TestCenters.create(), initial)
                .then()
                .statusCode(404);
        org.rehabtrack.system.TestUsers.page(
                        org.rehabtrack.system.TestUsers.donorFunding(center).username())
                .accept("text/html")
                .get("/centers/{code}/evaluations/new", center)
                .then()
                .statusCode(403);
        org.rehabtrack.system.TestUsers.page(
                        org.rehabtrack.system.TestUsers.donorFunding(center).username())
                .get("/centers/{code}", center)
                .then()
                .body(not(containsString("/evaluations/new\"")));
    }
}

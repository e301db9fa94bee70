package org.rehabtrack.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;

@QuarkusTest
class EvaluationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Map<String, Object> crowded() {
        Map<String, Object> m = new HashMap<>();
        m.put("personsDesignCapacity", 120);
        m.put("overnightStay", true);
        m.put("toiletsFemale", 2);
        m.put("toiletsMale", 1);
        m.put("coveredAreaM2", 300);
        return m;
    }

    @Test
    void reportsFailedToiletAndSpaceChecksWithTheirSources() {
        String code = TestCenters.create();
        Map<String, Object> body = TestEvaluations.body("INITIAL", crowded());

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/evaluations", code)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/evaluations/"))
                .body("center", equalTo(code))
                .body("kind", equalTo("INITIAL"))
                .body("measurements.personsDesignCapacity", equalTo(120))
                .body(
                        "standardsChecks.check",
                        contains(
                                "COVERED_AREA_PER_PERSON",
                                "WATER_PER_PERSON",
                                "PERSONS_PER_TOILET",
                                "FEMALE_TO_MALE_TOILETS",
                                "CEILING_HEIGHT"))
                .body(
                        "standardsChecks.find { it.check == 'PERSONS_PER_TOILET' }.passed",
                        equalTo(false))
                .body(
                        "standardsChecks.find { it.check == 'PERSONS_PER_TOILET' }.value",
                        equalTo(40.0f))
                .body(
                        "standardsChecks.find { it.check == 'PERSONS_PER_TOILET' }.threshold",
                        equalTo(20))
                .body(
                        "standardsChecks.find { it.check == 'PERSONS_PER_TOILET' }.source",
                        equalTo("Sphere Handbook, excreta management (medium term)"))
                .body(
                        "standardsChecks.find { it.check == 'COVERED_AREA_PER_PERSON' }.passed",
                        equalTo(false))
                .body(
                        "standardsChecks.find { it.check == 'COVERED_AREA_PER_PERSON' }.value",
                        equalTo(2.5f))
                .body(
                        "standardsChecks.find { it.check == 'COVERED_AREA_PER_PERSON' }.threshold",
                        equalTo(3.5f))
                .body(
                        "standardsChecks.find { it.check == 'COVERED_AREA_PER_PERSON' }.source",
                        equalTo("Sphere Handbook, shelter standard 3"))
                .body("standardsChecks.find { it.check == 'WATER_PER_PERSON' }.passed", nullValue())
                .body("services[0].service", equalTo("FIRST_AID"))
                .body("services[0].rating", equalTo("PARTIAL"));
    }

    @Test
    void readsAnEvaluationBackAndListsACentersEvaluations() {
        String code = TestCenters.create();
        long id = TestEvaluations.create(code, "INITIAL", crowded());

        given().get("/api/evaluations/{id}", id)
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("leadEngineer", equalTo("Ing. Prueba"))
                .body("standardsChecks", hasSize(5));
        given().get("/api/centers/{code}/evaluations", code)
                .then()
                .statusCode(200)
                .body("id", contains((int) id));
    }

    @Test
    void comparesAHandoverWithTheInitialEvaluation() {
        String code = TestCenters.create();
        TestEvaluations.create(code, "INITIAL", crowded());
        Map<String, Object> after = crowded();
        after.put("toiletsFemale", 5);
        after.put("toiletsMale", 1);
        long handover = TestEvaluations.create(code, "HANDOVER", after);

        given().get("/api/evaluations/{id}/comparison", handover)
                .then()
                .statusCode(200)
                .body("nowPassing", contains("PERSONS_PER_TOILET", "FEMALE_TO_MALE_TOILETS"))
                .body(
                        "checks.find { it.check == 'PERSONS_PER_TOILET' }.change",
                        equalTo("NOW_PASSES"))
                .body("checks.find { it.check == 'PERSONS_PER_TOILET' }.before", equalTo(40.0f))
                .body("checks.find { it.check == 'PERSONS_PER_TOILET' }.after", equalTo(20.0f))
                .body(
                        "checks.find { it.check == 'FEMALE_TO_MALE_TOILETS' }.change",
                        equalTo("NOW_PASSES"))
                .body(
                        "checks.find { it.check == 'COVERED_AREA_PER_PERSON' }.change",
                        equalTo("STILL_FAILS"))
                .body(
                        "checks.find { it.check == 'WATER_PER_PERSON' }.change",
                        equalTo("NOT_COMPARABLE"));
    }

    @Test
    void refusesAComparisonWithoutInitialOrAcrossCenters() {
        String code = TestCenters.create();
        long followUp = TestEvaluations.create(code, "FOLLOW_UP", crowded());
        given().get("/api/evaluations/{id}/comparison", followUp)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("with"));

        long other = TestEvaluations.create(TestCenters.create(), "INITIAL", crowded());
        given().queryParam("with", other)
                .get("/api/evaluations/{id}/comparison", followUp)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("with"));
    }

    @Test
    void refusesInvalidEvaluationsNamingTheFields() {
        String code = TestCenters.create();
        Map<String, Object> m = crowded();
        m.put("toiletsMale", -1);
        m.put("minCeilingHeightM", 2.555);
        Map<String, Object> body = TestEvaluations.body("INITIAL", m);
        body.remove("leadEngineer");

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/evaluations", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body(
                        "errors.field",
                        hasItems(
                                "leadEngineer",
                                "measurements.toiletsMale",
                                "measurements.minCeilingHeightM"));
        given().get("/api/centers/{code}/evaluations", code).then().body("$", hasSize(0));
    }

    @Test
    void refusesAnUnknownKindAFutureDateAndAServiceRatedTwice() {
        String code = TestCenters.create();
        Map<String, Object> unknownKind = TestEvaluations.body("FINAL", crowded());
        given().contentType(ContentType.JSON)
                .body(unknownKind)
                .post("/api/centers/{code}/evaluations", code)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));

        Map<String, Object> future = TestEvaluations.body("INITIAL", crowded());
        future.put("date", LocalDate.now().plusDays(3).toString());
        given().contentType(ContentType.JSON)
                .body(future)
                .post("/api/centers/{code}/evaluations", code)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));

        Map<String, Object> twice = TestEvaluations.body("INITIAL", crowded());
        twice.put(
                "services",
                List.of(
                        Map.of("service", "FOOD", "rating", "MEETS"),
                        Map.of("service", "FOOD", "rating", "MISSING")));
        given().contentType(ContentType.JSON)
                .body(twice)
                .post("/api/centers/{code}/evaluations", code)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("services"));

        Map<String, Object> badRating = TestEvaluations.body("INITIAL", crowded());
        badRating.put("services", List.of(Map.of("service", "FOOD", "rating", "GOOD")));
        given().contentType(ContentType.JSON)
                .body(badRating)
                .post("/api/centers/{code}/evaluations", code)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("services[0].rating"));
        given().get("/api/centers/{code}/evaluations", code).then().body("$", hasSize(0));
    }

    @Test
    void correctsAnEvaluationWithTheVersionLastRead() {
        String code = TestCenters.create();
        long id = TestEvaluations.create(code, "INITIAL", crowded());
        Map<String, Object> m = crowded();
        m.put("toiletsFemale", 5);

        given().contentType(ContentType.JSON)
                .body(Map.of("measurements", m, "summary", "Recounted", "version", 0))
                .patch("/api/evaluations/{id}", id)
                .then()
                .statusCode(200)
                .body("summary", equalTo("Recounted"))
                .body("leadEngineer", equalTo("Ing. Prueba"))
                .body(
                        "standardsChecks.find { it.check == 'PERSONS_PER_TOILET' }.passed",
                        equalTo(true))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON)
                .body(Map.of("summary", "Stale", "version", 0))
                .patch("/api/evaluations/{id}", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void answersUnknownCentersAndEvaluationsWith404() {
        given().contentType(ContentType.JSON)
                .body(TestEvaluations.body("INITIAL", crowded()))
                .post("/api/centers/NOPE-7/evaluations")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/evaluations/999999").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/evaluations/999999/comparison")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void linksTheCreatedEvaluationInLocation() {
        String code = TestCenters.create();
        String location =
                given().contentType(ContentType.JSON)
                        .body(TestEvaluations.body("INITIAL", crowded()))
                        .post("/api/centers/{code}/evaluations", code)
                        .then()
                        .statusCode(201)
                        .extract()
                        .header("Location");
        given().get(location).then().statusCode(200).body("center", equalTo(code));
        given().get("/api/centers/{code}/evaluations", code)
                .then()
                .body("[0].kind", endsWith("INITIAL"));
    }
}

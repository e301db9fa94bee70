package org.rehabtrack.finding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;

@QuarkusTest
class FindingResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse patch(long id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .patch("/api/findings/{id}", id)
                .then();
    }

    private static long version(long id) {
        return given().get("/api/findings/{id}", id).then().extract().jsonPath().getLong("version");
    }

    private static void move(long id, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("statusReason", reason);
        body.put("version", version(id));
        patch(id, body).statusCode(200).body("status", equalTo(status));
    }

    @Test
    void logsAFindingOpenWithItsCostAsExactMoney() {
        String code = TestCenters.create();
        long evaluation =
                TestEvaluations.create(code, "INITIAL", Map.of("personsDesignCapacity", 50));

        long id =
                given().contentType(ContentType.JSON)
                        .body(TestEvaluations.findingBody())
                        .post("/api/evaluations/{id}/findings", evaluation)
                        .then()
                        .statusCode(201)
                        .header("Location", containsString("/api/findings/"))
                        .body("status", equalTo("OPEN"))
                        .body("center", equalTo(code))
                        .body("evaluation", equalTo((int) evaluation))
                        .body("severity", equalTo("HIGH"))
                        .body("estimatedCost.amount", equalTo("125000.50"))
                        .body("estimatedCost.currency", equalTo("HNL"))
                        .body("workPackage", nullValue())
                        .body("photos", hasSize(0))
                        .extract()
                        .jsonPath()
                        .getLong("id");

        given().get("/api/centers/{code}/findings", code)
                .then()
                .statusCode(200)
                .header("X-Total-Count", "1")
                .body("id", contains((int) id));
    }

    @Test
    void writesAmountsWithTwoDecimals() {
        long evaluation = TestEvaluations.create(TestCenters.create(), "INITIAL", Map.of());
        Map<String, Object> body = TestEvaluations.findingBody();
        body.put("estimatedCost", Map.of("amount", 1800, "currency", "USD"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(201)
                .body("estimatedCost.amount", equalTo("1800.00"));
    }

    @Test
    void refusesAnUnknownSeverityOrCategoryNamingTheField() {
        long evaluation = TestEvaluations.create(TestCenters.create(), "INITIAL", Map.of());
        Map<String, Object> badSeverity = TestEvaluations.findingBody();
        badSeverity.put("severity", "URGENT");
        given().contentType(ContentType.JSON)
                .body(badSeverity)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("severity"))
                .body("errors[0].message", containsString("CRITICAL"));

        Map<String, Object> badCategory = TestEvaluations.findingBody();
        badCategory.put("category", "PLUMBING");
        given().contentType(ContentType.JSON)
                .body(badCategory)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("category"));
    }

    @Test
    void refusesBadMoneyNamingTheField() {
        long evaluation = TestEvaluations.create(TestCenters.create(), "INITIAL", Map.of());
        Map<String, Object> body = TestEvaluations.findingBody();
        body.put("estimatedCost", Map.of("amount", "12.345", "currency", "XYZ"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("estimatedCost.amount"))
                .body("errors.field", hasItem("estimatedCost.currency"));
        Map<String, Object> negative = TestEvaluations.findingBody();
        negative.put("estimatedCost", Map.of("amount", "-5.00", "currency", "HNL"));
        given().contentType(ContentType.JSON)
                .body(negative)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("estimatedCost.amount"));
    }

    @Test
    void refusesVerifyingAnOpenFindingWithTheReason() {
        long id = TestEvaluations.createFinding();
        patch(id, Map.of("status", "VERIFIED", "version", 0))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("detail", containsString("from Open to Verified"))
                .body("detail", containsString("it can go to Planned"));
        given().get("/api/findings/{id}", id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void walksTheLifecycleAndRecordsWhoAndWhenForEachMove() {
        long id = TestEvaluations.createFinding();
        move(id, "PLANNED", null);
        move(id, "RESOLVED", null);
        move(id, "VERIFIED", null);

        given().get("/api/findings/{id}/transitions", id)
                .then()
                .statusCode(200)
                .body("toStatus", contains("OPEN", "PLANNED", "RESOLVED", "VERIFIED"))
                .body("fromStatus[1]", equalTo("OPEN"))
                .body("recordedBy", everyItem(equalTo("manager")))
                .body("recordedAt", everyItem(notNullValue()));
        patch(id, Map.of("status", "OPEN", "statusReason", "x", "version", version(id)))
                .statusCode(409);
    }

    @Test
    void defersOnlyWithAReason() {
        long id = TestEvaluations.createFinding();
        patch(id, Map.of("status", "DEFERRED", "version", 0))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("statusReason"));
        move(id, "DEFERRED", "Waiting for the new building");
        given().get("/api/findings/{id}", id)
                .then()
                .body("statusReason", equalTo("Waiting for the new building"));
        given().get("/api/findings/{id}/transitions", id)
                .then()
                .body("[1].reason", equalTo("Waiting for the new building"));
    }

    @Test
    void reopensAResolvedFindingWithAReason() {
        long id = TestEvaluations.createFinding();
        move(id, "PLANNED", null);
        move(id, "RESOLVED", null);
        move(id, "OPEN", "Leak came back after the first rain");
    }

    @Test
    void editsTheTextWithoutMovingTheStatus() {
        long id = TestEvaluations.createFinding();
        patch(id, Map.of("severity", "CRITICAL", "title", "Far too few toilets", "version", 0))
                .statusCode(200)
                .body("severity", equalTo("CRITICAL"))
                .body("title", equalTo("Far too few toilets"))
                .body("location", equalTo("Bloque B"))
                .body("status", equalTo("OPEN"))
                .body("version", equalTo(1));
        given().get("/api/findings/{id}/transitions", id).then().body("$", hasSize(1));
        patch(id, Map.of("title", "stale", "version", 0)).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void filtersACentersFindings() {
        String center = TestCenters.create();
        long evaluation =
                TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 50));
        TestEvaluations.finding(evaluation, "LOW");
        TestEvaluations.finding(evaluation, "CRITICAL");
        TestEvaluations.finding(evaluation, "HIGH");
        move(
                TestEvaluations.finding(evaluation, "MEDIUM"),
                "DEFERRED",
                "Waiting for the new building");
        given().queryParam("severity", "CRITICAL")
                .get("/api/centers/{code}/findings", center)
                .then()
                .statusCode(200)
                .body("severity", everyItem(equalTo("CRITICAL")))
                .body("$", hasSize(1));
        given().queryParam("status", "DEFERRED")
                .get("/api/centers/{code}/findings", center)
                .then()
                .statusCode(200)
                .body("status", everyItem(equalTo("DEFERRED")));
        given().get("/api/centers/{code}/findings", center)
                .then()
                .statusCode(200)
                .body("[0].severity", equalTo("CRITICAL"))
                .body("severity", hasItem("LOW"));
        given().queryParam("severity", "SEVERE")
                .get("/api/centers/{code}/findings", center)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("severity"));
    }

    @Test
    void deletesAFindingWithItsHistory() {
        long id = TestEvaluations.createFinding();
        given().delete("/api/findings/{id}", id).then().statusCode(204);
        given().get("/api/findings/{id}", id).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/findings/{id}/transitions", id).then().statusCode(404);
    }

    @Test
    void answersUnknownFindingsAndEvaluationsWith404() {
        given().contentType(ContentType.JSON)
                .body(TestEvaluations.findingBody())
                .post("/api/evaluations/999999/findings")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/findings/999999").then().statusCode(404).contentType(PROBLEM);
        patch(999999, Map.of("title", "x", "version", 0)).statusCode(404).contentType(PROBLEM);
        given().delete("/api/findings/999999").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/centers/NOPE-8/findings").then().statusCode(404).contentType(PROBLEM);
    }
}

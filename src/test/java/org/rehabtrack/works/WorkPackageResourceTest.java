package org.rehabtrack.works;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestProjects;
import org.rehabtrack.system.TestWorks;

@QuarkusTest
class WorkPackageResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TODAY = LocalDate.now().toString();

    private static Map<String, Object> body(String code) {
        return TestWorks.body(code);
    }

    private static long create(String center, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static long version(long id) {
        return given().get("/api/work-packages/{id}", id)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
    }

    private static ValidatableResponse patch(long id, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.putIfAbsent("version", version(id));
        return given().contentType(ContentType.JSON)
                .body(withVersion)
                .patch("/api/work-packages/{id}", id)
                .then();
    }

    private static ValidatableResponse progress(
            long id, String date, String percent, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("percentComplete", percent);
        body.put("correctionReason", reason);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/work-packages/{id}/progress", id)
                .then();
    }

    /** A package taken to IN_PROGRESS through tendering and contract. */
    private static long underWay(String center) {
        return TestWorks.underWay(center, "WP-01", List.of());
    }

    @Test
    void plansAPackageAndThePackagesFindingsBecomePlanned() {
        long finding = TestEvaluations.createFinding();
        String center = given().get("/api/findings/{id}", finding).then().extract().path("center");
        Map<String, Object> body = body("WP-01");
        body.put("findings", List.of(finding));

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(201)
                .body("status", equalTo("PLANNED"))
                .body("budget.amount", equalTo("100000.00"))
                .body("percentComplete", equalTo(0.0f))
                .body("findings", contains((int) finding));
        given().get("/api/findings/{id}", finding)
                .then()
                .body("status", equalTo("PLANNED"))
                .body("workPackage", org.hamcrest.Matchers.notNullValue());
        given().get("/api/centers/{code}/work-packages", center)
                .then()
                .body("code", contains("WP-01"));
    }

    @Test
    void releasesAFindingTakenOutOfThePackage() {
        long finding = TestEvaluations.createFinding();
        String center = given().get("/api/findings/{id}", finding).then().extract().path("center");
        Map<String, Object> body = body("WP-02");
        body.put("findings", List.of(finding));
        long id = create(center, body);

        patch(id, Map.of("findings", List.of())).statusCode(200).body("findings", hasSize(0));
        given().get("/api/findings/{id}", finding)
                .then()
                .body("status", equalTo("OPEN"))
                .body("workPackage", nullValue())
                .body("statusReason", containsString("WP-02"));
    }

    @Test
    void goesThroughContractAndStartDatingTheMilestones() {
        String center = TestCenters.create();
        String contractor = TestPartners.contractor();
        long id = TestWorks.underWay(center, "WP-01", List.of(), contractor);

        given().get("/api/work-packages/{id}", id)
                .then()
                .body("status", equalTo("IN_PROGRESS"))
                .body("contractor", equalTo(contractor))
                .body("contractAmount.amount", equalTo("95000.00"))
                .body("actualStart", equalTo(TODAY));
        given().get("/api/centers/{code}/milestones", center)
                .then()
                .body("find { it.kind == 'WORKS_CONTRACT_AWARDED' }.actualDate", equalTo(TODAY))
                .body("find { it.kind == 'WORKS_STARTED' }.actualDate", equalTo(TODAY));
    }

    @Test
    void refusesAContractWithoutContractorOrAmount() {
        String center = TestCenters.create();
        long id = create(center, body("WP-01"));
        patch(id, Map.of("status", "TENDERING")).statusCode(200);
        patch(id, Map.of("status", "CONTRACTED"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("contractor"));
        given().get("/api/work-packages/{id}", id).then().body("status", equalTo("TENDERING"));
    }

    @Test
    void refusesMovesItsLifeDoesNotAllow() {
        String center = TestCenters.create();
        long id = create(center, body("WP-01"));
        patch(id, Map.of("status", "IN_PROGRESS"))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("detail", containsString("it can go to Tendering, Cancelled"));
    }

    @Test
    void refusesProgressThatGoesDownWithoutAReason() {
        String center = TestCenters.create();
        long id = underWay(center);
        progress(id, TODAY, "40", null).statusCode(201).body("percentComplete", equalTo(40.0f));

        progress(id, TODAY, "35", null)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("percentComplete"))
                .body("errors[0].message", containsString("40"));
        given().get("/api/work-packages/{id}/progress", id).then().body("$", hasSize(1));
        given().get("/api/work-packages/{id}", id).then().body("percentComplete", equalTo(40.0f));

        progress(id, TODAY, "35", "Surveyor recounted the roof sheets")
                .statusCode(201)
                .body("correctionReason", equalTo("Surveyor recounted the roof sheets"));
        given().get("/api/work-packages/{id}", id).then().body("percentComplete", equalTo(35.0f));
    }

    @Test
    void documentsProgressWithPhotosOfTheWorks() throws java.io.IOException {
        long id = underWay(TestCenters.create());
        long report =
                progress(id, TODAY, "25", null).statusCode(201).extract().jsonPath().getLong("id");
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", jpeg);

        long photo =
                given().multiPart("file", "obra.jpg", jpeg.toByteArray(), "image/jpeg")
                        .multiPart("caption", "North wall")
                        .post("/api/progress-reports/{id}/photos", report)
                        .then()
                        .statusCode(201)
                        .body("progressReport", equalTo((int) report))
                        .body("containsKey('finding')", equalTo(false))
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().get("/api/work-packages/{id}/progress", id)
                .then()
                .body("[0].photos", hasSize(1))
                .body("[0].photos[0].id", equalTo((int) photo));
        given().get("/api/photos/{id}", photo).then().statusCode(200).contentType("image/jpeg");

        given().multiPart("file", "notes.jpg", "not an image".getBytes(), "image/jpeg")
                .post("/api/progress-reports/{id}/photos", report)
                .then()
                .statusCode(415);
        given().multiPart("file", "obra.jpg", jpeg.toByteArray(), "image/jpeg")
                .post("/api/progress-reports/999999/photos")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/work-packages/{id}/progress", id).then().body("[0].photos", hasSize(1));
    }

    @Test
    void refusesProgressBeforeTheWorksStartOrInTheFuture() {
        String center = TestCenters.create();
        long planned = create(center, body("WP-01"));
        progress(planned, TODAY, "10", null).statusCode(409).contentType(PROBLEM);

        long id = underWay(TestCenters.create());
        progress(id, LocalDate.now().plusDays(1).toString(), "10", null)
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
        progress(id, TODAY, "101", null)
                .statusCode(400)
                .body("errors[0].field", equalTo("percentComplete"));
    }

    @Test
    void completingNeedsFullProgressResolvesItsFindingsAndDatesWorksCompleted() {
        long finding = TestEvaluations.createFinding();
        String center = given().get("/api/findings/{id}", finding).then().extract().path("center");
        long id = underWay(center);
        patch(id, Map.of("findings", List.of(finding))).statusCode(200);

        patch(id, Map.of("status", "COMPLETED"))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("100%"));
        progress(id, TODAY, "100", null).statusCode(201);
        patch(id, Map.of("status", "COMPLETED"))
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("actualEnd", equalTo(TODAY));

        given().get("/api/findings/{id}", finding).then().body("status", equalTo("RESOLVED"));
        given().get("/api/centers/{code}/milestones", center)
                .then()
                .body("find { it.kind == 'WORKS_COMPLETED' }.actualDate", equalTo(TODAY));
    }

    @Test
    void worksAreCompletedOnlyWhenEveryPackageIs() {
        String center = TestCenters.create();
        long first = underWay(center);
        create(center, body("WP-02"));
        progress(first, TODAY, "100", null).statusCode(201);
        patch(first, Map.of("status", "COMPLETED")).statusCode(200);

        given().get("/api/centers/{code}/milestones", center)
                .then()
                .body("find { it.kind == 'WORKS_COMPLETED' }.actualDate", nullValue());
    }

    @Test
    void takesTheBudgetFromChaptersOfTheApprovedPreliminaryProject() {
        Map<String, Object> body = body("WP-ROOF");
        body.remove("budget");
        body.put("budgetFromBoq", List.of("02", "04"));
        String center = TestCenters.create();
        TestProjects.approved(center, TestProjects.roofChapters());
        // 420 × 62.00 + 420 × 1185.75 + 96.5 × 412.30 = 563,841.95 HNL
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(201)
                .body("budget.amount", equalTo("563841.95"))
                .body("budget.currency", equalTo("HNL"));

        Map<String, Object> unknown = body("WP-X");
        unknown.remove("budget");
        unknown.put("budgetFromBoq", List.of("99"));
        given().contentType(ContentType.JSON)
                .body(unknown)
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("budgetFromBoq[0]"));
        Map<String, Object> noProject = body("WP-Y");
        noProject.remove("budget");
        noProject.put("budgetFromBoq", List.of("01"));
        given().contentType(ContentType.JSON)
                .body(noProject)
                .post("/api/centers/{code}/work-packages", TestCenters.create())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("budgetFromBoq"));
    }

    @Test
    void refusesBadPackages() {
        String center = TestCenters.create();
        create(center, body("WP-01"));
        given().contentType(ContentType.JSON)
                .body(body("WP-01"))
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/duplicate"));
        Map<String, Object> reversed = body("WP-02");
        reversed.put("plannedEnd", "2025-12-31");
        given().contentType(ContentType.JSON)
                .body(reversed)
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("plannedEnd"));
        Map<String, Object> noBudget = body("WP-03");
        noBudget.remove("budget");
        given().contentType(ContentType.JSON)
                .body(noBudget)
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("budget"));
        Map<String, Object> otherCenter = body("WP-04");
        otherCenter.put("findings", List.of(TestEvaluations.createFinding()));
        given().contentType(ContentType.JSON)
                .body(otherCenter)
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("findings[0]"));
        given().get("/api/centers/{code}/work-packages", center).then().body("$", hasSize(1));
    }

    @Test
    void answersUnknownPackagesWith404() {
        given().get("/api/work-packages/999999").then().statusCode(404).contentType(PROBLEM);
        given().get("/api/work-packages/999999/progress").then().statusCode(404);
        progress(999999, TODAY, "1", null).statusCode(404);
        given().get("/api/centers/NOPE-3/work-packages").then().statusCode(404);
    }
}

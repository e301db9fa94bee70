package org.rehabtrack.preliminary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestPartners;

@QuarkusTest
class PreliminaryProjectResourceTest {

    private static final String PROBLEM = "application/problem+json";

    static Map<String, Object> line(String code, String quantity, String price) {
        return Map.of(
                "itemCode",
                code,
                "description",
                "Item " + code,
                "unit",
                "m²",
                "quantity",
                quantity,
                "unitPrice",
                Map.of("amount", price, "currency", "HNL"));
    }

    static Map<String, Object> content(String roofPrice) {
        Map<String, Object> body = new HashMap<>();
        body.put("scope", "Rehabilitate roof and toilets");
        body.put("termsOfReference", "ToR-2026-01");
        body.put("contingencyPercent", "10");
        body.put(
                "chapters",
                List.of(
                        Map.of(
                                "code",
                                "01",
                                "title",
                                "Preliminares",
                                "lines",
                                List.of(line("1.1", "1", "15000.00"))),
                        Map.of(
                                "code",
                                "04",
                                "title",
                                "Techo",
                                "lines",
                                List.of(
                                        line("4.1", "420", roofPrice),
                                        line("4.2", "0.335", "3.00")))));
        return body;
    }

    static ValidatableResponse put(String code, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .put("/api/centers/{code}/preliminary-project", code)
                .then()
                .log()
                .ifValidationFails();
    }

    private static ValidatableResponse decide(String code, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/preliminary-project/decisions", code)
                .then();
    }

    private static long version(String code) {
        return given().get("/api/centers/{code}/preliminary-project", code)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
    }

    /** Submits and approves the center's project, as decided by the institution. */
    static void approve(String code, String date, String institution) {
        decide(code, Map.of("status", "SUBMITTED", "version", version(code))).statusCode(200);
        decide(
                        code,
                        Map.of(
                                "status",
                                "APPROVED",
                                "date",
                                date,
                                "institution",
                                institution,
                                "person",
                                "Lic. Ana Paz",
                                "version",
                                version(code)))
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void writesAFirstVersionWithExactTotals() {
        String code = TestCenters.create();
        put(code, content("1458.33"))
                .statusCode(201)
                .body("versionNumber", equalTo(1))
                .body("status", equalTo("DRAFT"))
                .body("chapters[1].lines[0].amount.amount", equalTo("612498.60"))
                .body("chapters[1].lines[1].amount.amount", equalTo("1.01"))
                .body("chapters[1].total[0].amount", equalTo("612499.61"))
                .body("subtotal[0].amount", equalTo("627499.61"))
                .body("contingency[0].amount", equalTo("62749.96"))
                .body("total[0].amount", equalTo("690249.57"))
                .body("total[0].currency", equalTo("HNL"));
    }

    @Test
    void rewritesTheDraftWithTheVersionLastRead() {
        String code = TestCenters.create();
        put(code, content("1458.33")).statusCode(201);
        Map<String, Object> again = content("1500.00");
        again.put("version", version(code));
        put(code, again)
                .statusCode(200)
                .body("chapters[1].lines[0].amount.amount", equalTo("630000.00"));
        Map<String, Object> stale = content("1.00");
        stale.put("version", 0);
        put(code, stale).statusCode(409).contentType(PROBLEM);
        Map<String, Object> noVersion = content("1.00");
        put(code, noVersion).statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void approvalFreezesTheVersionAndDatesTheMilestone() {
        String code = TestCenters.create();
        put(code, content("1458.33")).statusCode(201);
        String approved = LocalDate.now().minusDays(1).toString();
        String institution = TestPartners.institution();
        approve(code, approved, institution);

        given().get("/api/centers/{code}/milestones", code)
                .then()
                .body(
                        "find { it.kind == 'PRELIMINARY_PROJECT_APPROVED' }.actualDate",
                        equalTo(approved));
        given().get("/api/centers/{code}/preliminary-project", code)
                .then()
                .body("decisions[0].institution", equalTo(institution))
                .body("decisions[0].outcome", equalTo("APPROVED"));

        Map<String, Object> edit = content("1.00");
        edit.put("version", version(code));
        put(code, edit)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/frozen"))
                .body("detail", containsString("new version"));
    }

    @Test
    void aNewVersionCanBeEditedAndComparedWithTheApprovedOne() {
        String code = TestCenters.create();
        put(code, content("1458.33")).statusCode(201);
        approve(code, LocalDate.now().toString(), TestPartners.institution());

        given().post("/api/centers/{code}/preliminary-project/versions", code)
                .then()
                .statusCode(201)
                .body("versionNumber", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("total[0].amount", equalTo("690249.57"));
        Map<String, Object> edit = content("1500.00");
        edit.put("version", version(code));
        put(code, edit).statusCode(200).body("versionNumber", equalTo(2));

        given().queryParam("from", 1)
                .queryParam("to", 2)
                .get("/api/centers/{code}/preliminary-project/comparison", code)
                .then()
                .statusCode(200)
                .body("chapters.find { it.code == '04' }.difference[0].amount", equalTo("17501.40"))
                .body("chapters.find { it.code == '01' }.difference[0].amount", equalTo("0.00"))
                .body("total.from[0].amount", equalTo("690249.57"))
                .body("total.to[0].amount", equalTo("709501.11"));
        given().get("/api/centers/{code}/preliminary-project/versions", code)
                .then()
                .body("versionNumber", contains(1, 2))
                .body("status", contains("APPROVED", "DRAFT"));
        given().get("/api/centers/{code}/preliminary-project/versions/1", code)
                .then()
                .body("chapters[1].lines[0].unitPrice.amount", equalTo("1458.33"));
    }

    @Test
    void refusesANewVersionWhileTheLatestIsOpen() {
        String code = TestCenters.create();
        put(code, content("10.00")).statusCode(201);
        given().post("/api/centers/{code}/preliminary-project/versions", code)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void refusesApprovalWithoutSubmissionOrWithoutWhoDecided() {
        String code = TestCenters.create();
        put(code, content("10.00")).statusCode(201);
        decide(
                        code,
                        Map.of(
                                "status",
                                "APPROVED",
                                "institution",
                                TestPartners.institution(),
                                "person",
                                "x",
                                "version",
                                0))
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
        decide(code, Map.of("status", "SUBMITTED", "version", 0)).statusCode(200);
        decide(code, Map.of("status", "APPROVED", "person", "x", "version", 1))
                .statusCode(400)
                .body("errors[0].field", equalTo("institution"));
        decide(
                        code,
                        Map.of(
                                "status",
                                "APPROVED",
                                "institution",
                                "NOBODY",
                                "person",
                                "x",
                                "version",
                                1))
                .statusCode(400)
                .body("errors[0].field", equalTo("institution"));
        given().get("/api/centers/{code}/preliminary-project", code)
                .then()
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void refusesANegativeQuantityOrADuplicateChapterNamingTheField() {
        String code = TestCenters.create();
        Map<String, Object> negative = content("10.00");
        negative.put(
                "chapters",
                List.of(
                        Map.of(
                                "code",
                                "01",
                                "title",
                                "T",
                                "lines",
                                List.of(line("1.1", "-2", "5.00")))));
        put(code, negative)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("chapters[0].lines[0].quantity"));
        Map<String, Object> twice = content("10.00");
        twice.put(
                "chapters",
                List.of(
                        Map.of("code", "01", "title", "A", "lines", List.of()),
                        Map.of("code", "01", "title", "B", "lines", List.of())));
        put(code, twice).statusCode(400).body("errors[0].field", equalTo("chapters[1].code"));
        given().get("/api/centers/{code}/preliminary-project", code)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void answersUnknownCentersAndVersionsWith404() {
        String code = TestCenters.create();
        put(code, content("10.00")).statusCode(201);
        given().get("/api/centers/NOPE-4/preliminary-project")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/centers/{code}/preliminary-project/versions/99", code)
                .then()
                .statusCode(404);
        given().queryParam("from", 1)
                .queryParam("to", 99)
                .get("/api/centers/{code}/preliminary-project/comparison", code)
                .then()
                .statusCode(404);
        given().queryParam("to", 1)
                .get("/api/centers/{code}/preliminary-project/comparison", code)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}

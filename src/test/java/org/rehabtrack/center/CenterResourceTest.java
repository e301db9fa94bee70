package org.rehabtrack.center;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestWorks;

@QuarkusTest
class CenterResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static long version(String code) {
        return given().get("/api/centers/{code}", code)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    private static void recordActual(String code, String kind, String date) {
        long id = TestCenters.milestoneId(code, kind);
        given().contentType(ContentType.JSON)
                .body(Map.of("actualDate", date, "version", TestCenters.milestoneVersion(id)))
                .patch("/api/milestones/{id}", id)
                .then()
                .statusCode(200);
    }

    @Test
    void listsCentersWithTheirPhases() {
        String works = TestCenters.create(Map.of("phase", "WORKS"));
        String project = TestCenters.create(Map.of("phase", "PRELIMINARY_PROJECT"));
        String partnership =
                TestCenters.create(
                        Map.of(
                                "phase",
                                "PARTNERSHIP",
                                "type",
                                "CANFM",
                                "municipality",
                                "San Pedro Sula"));
        // The list's own answer is JSON.
        given().when().get("/api/centers").then().statusCode(200).contentType(ContentType.JSON);
        Map<String, Map<String, Object>> listed = TestCenters.listed(Map.of());
        assertTrue(listed.keySet().containsAll(List.of(works, project, partnership)));
        assertEquals("WORKS", listed.get(works).get("phase"));
        assertEquals("PRELIMINARY_PROJECT", listed.get(project).get("phase"));
        assertEquals("PARTNERSHIP", listed.get(partnership).get("phase"));
        assertEquals("CANFM", listed.get(partnership).get("type"));
        assertEquals("San Pedro Sula", listed.get(partnership).get("municipality"));
        assertEquals(false, listed.get(partnership).get("illustrative"));
    }

    @Test
    void pagesTheListWithTotalAndLinks() {
        TestCenters.create();
        int total = given().get("/api/centers").then().extract().jsonPath().getList("$").size();

        given().queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/centers")
                .then()
                .statusCode(200)
                .header("X-Total-Count", String.valueOf(total))
                .header("Link", containsString("rel=\"next\""))
                .body("$", hasSize(2));
        given().queryParam("size", 2)
                .queryParam("page", 2)
                .get("/api/centers")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void filtersTheListByPhase() {
        String works = TestCenters.create(Map.of("phase", "WORKS"));
        Map<String, Map<String, Object>> inWorks = TestCenters.listed(Map.of("phase", "WORKS"));
        assertTrue(inWorks.containsKey(works));
        assertTrue(inWorks.values().stream().noneMatch(c -> "EVALUATION".equals(c.get("phase"))));
    }

    @Test
    void refusesAnUnknownPhaseFilterNamingIt() {
        given().queryParam("phase", "BUILDING")
                .get("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("phase"))
                .body("errors[0].message", containsString("WORKS"));
    }

    @Test
    void refusesAPageSizeOverTheLimit() {
        given().queryParam("size", 100_000)
                .get("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void showsOneCenterByCode() {
        Map<String, Object> fields = TestCenters.body();
        fields.putAll(
                Map.of(
                        "name",
                        "Centro de Atención al Migrante Retornado Omoa",
                        "type",
                        "CAMR",
                        "capacity",
                        80,
                        "latitude",
                        15.7764,
                        "longitude",
                        -88.0381));
        given().contentType(ContentType.JSON)
                .body(fields)
                .post("/api/centers")
                .then()
                .statusCode(201);
        // A package planned, none begun: progress 0, not unknown.
        TestWorks.planned((String) fields.get("code"), "WP-01", List.of());
        given().get("/api/centers/{code}", fields.get("code"))
                .then()
                .statusCode(200)
                .body("name", equalTo("Centro de Atención al Migrante Retornado Omoa"))
                .body("type", equalTo("CAMR"))
                .body("department", equalTo("Cortés"))
                .body("administeringInstitution", equalTo(fields.get("administeringInstitution")))
                .body("capacity", equalTo(80))
                .body("latitude", equalTo(15.7764f))
                .body("physicalProgress", equalTo(0.0f))
                .body("version", equalTo(0));
    }

    @Test
    void answersAnUnknownCenterWith404Problem() {
        given().get("/api/centers/NOPE-1")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("type", equalTo("/problems/not-found"))
                .body("title", equalTo("Not found"))
                .body("detail", containsString("NOPE-1"));
    }

    @Test
    void createsACenterWithItsStandardMilestonesNotYetDated() {
        Map<String, Object> body = TestCenters.body();
        String code = (String) body.get("code");

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/centers/" + code))
                .body("code", equalTo(code))
                .body("phase", equalTo("EVALUATION"))
                .body("illustrative", equalTo(false))
                .body("version", equalTo(0));

        given().get("/api/centers/{code}/milestones", code)
                .then()
                .statusCode(200)
                .body(
                        "kind",
                        contains(
                                "EVALUATION_COMPLETED",
                                "AGREEMENT_SIGNED",
                                "PRELIMINARY_PROJECT_APPROVED",
                                "WORKS_CONTRACT_AWARDED",
                                "WORKS_STARTED",
                                "WORKS_COMPLETED",
                                "HANDOVER",
                                "INAUGURATION"))
                .body("status", not(hasItem(not("NOT_STARTED"))));
        given().get("/api/centers/{code}/phase-changes", code)
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].toPhase", equalTo("EVALUATION"))
                .body("[0].fromPhase", nullValue());
    }

    @Test
    void namesMilestonesInTheCallersLanguage() {
        Map<String, Object> body = TestCenters.body();
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "es-HN,es;q=0.9")
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(201);

        given().get("/api/centers/{code}/milestones", body.get("code"))
                .then()
                .body("find { it.kind == 'AGREEMENT_SIGNED' }.name", equalTo("Convenio firmado"));
    }

    @Test
    void refusesAnInvalidCenterNamingEachField() {
        Map<String, Object> body = TestCenters.body();
        body.put("code", "bad code");
        body.put("name", "");
        body.put("latitude", 123.5);
        body.put("capacity", -4);
        body.remove("type");

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItems("code", "name", "latitude", "capacity", "type"));
        given().get("/api/centers/{code}", "bad code").then().statusCode(404);
    }

    @Test
    void refusesAnUnknownAdministeringInstitution() {
        Map<String, Object> body = TestCenters.body();
        body.put("administeringInstitution", "NOBODY");

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("administeringInstitution"));
        given().get("/api/centers/{code}", body.get("code")).then().statusCode(404);
    }

    @Test
    void refusesASecondCenterWithTheSameCode() {
        Map<String, Object> first = TestCenters.body();
        first.put("name", "Centro de San Pedro Sula");
        given().contentType(ContentType.JSON)
                .body(first)
                .post("/api/centers")
                .then()
                .statusCode(201);
        Map<String, Object> body = TestCenters.body();
        body.put("code", first.get("code"));

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/duplicate"));
        given().get("/api/centers/{code}", first.get("code"))
                .then()
                .body("name", containsString("San Pedro Sula"));
    }

    @Test
    void refusesUnknownFieldsAndWrongTypes() {
        Map<String, Object> body = TestCenters.body();
        body.put("colour", "blue");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour"));

        Map<String, Object> wrongType = TestCenters.body();
        wrongType.put("capacity", "many");
        given().contentType(ContentType.JSON)
                .body(wrongType)
                .post("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("capacity"))
                .body("errors[0].message", containsString("number"));

        Map<String, Object> wrongEnum = TestCenters.body();
        wrongEnum.put("type", "HOTEL");
        given().contentType(ContentType.JSON)
                .body(wrongEnum)
                .post("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("CAMR"));
    }

    @Test
    void theListShowsEachChangeAtOnce() {
        given().queryParam("size", 500).get("/api/centers").then().statusCode(200);
        String code = TestCenters.create();
        given().queryParam("size", 500)
                .get("/api/centers")
                .then()
                .statusCode(200)
                .body("code", hasItem(code));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Centro renombrado", "version", 0))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200);
        given().queryParam("size", 500)
                .get("/api/centers")
                .then()
                .statusCode(200)
                .body("find { it.code == '" + code + "' }.name", equalTo("Centro renombrado"))
                .body("find { it.code == '" + code + "' }.version", equalTo(1));
    }

    @Test
    void theListShowsEachCenterAsItsOwnPageShowsIt() {
        String code = TestCenters.create();
        for (int read = 0; read < 2; read++) { // written, then kept
            List<Map<String, Object>> items =
                    given().queryParam("size", 500)
                            .get("/api/centers")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("$");
            for (Map<String, Object> item : items) {
                if (item.get("code").equals(code) || item.get("administeringInstitution") != null) {
                    assertEquals(
                            given().get("/api/centers/{code}", item.get("code"))
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .jsonPath()
                                    .getMap("$"),
                            item);
                }
            }
        }
    }

    @Test
    void theListShowsAChangeOfACentersRecordsAtOnce() {
        String code = TestCenters.create();
        String grant = TestFunding.grant("100000.00", "USD");
        given().queryParam("size", 500)
                .get("/api/centers")
                .then()
                .statusCode(200)
                .body("find { it.code == '" + code + "' }.financialExecution", nullValue());
        TestFunding.allocate(grant, code, "50000.00", "USD");
        Object shownAlone =
                given().get("/api/centers/{code}", code)
                        .then()
                        .statusCode(200)
                        .body("financialExecution", not(nullValue()))
                        .extract()
                        .path("financialExecution");
        given().queryParam("size", 500)
                .get("/api/centers")
                .then()
                .statusCode(200)
                .body("find { it.code == '" + code + "' }.financialExecution", equalTo(shownAlone));
    }

    @Test
    void updatesDescriptiveFieldsWithTheVersionLastRead() {
        String code = TestCenters.create();

        given().contentType(ContentType.JSON)
                .body(Map.of("capacity", 200, "name", "Centro renovado", "version", 0))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(200))
                .body("name", equalTo("Centro renovado"))
                .body("municipality", equalTo("Puerto Cortés"))
                .body("version", equalTo(1));
    }

    @Test
    void acceptsJsonMergePatch() {
        String code = TestCenters.create();
        given().contentType("application/merge-patch+json")
                .body("{\"capacity\": 90, \"version\": 0}")
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(90));
    }

    @Test
    void clearsAFieldSentAsNull() {
        String code = TestCenters.create();
        java.util.HashMap<String, Object> body = new java.util.HashMap<>();
        body.put("capacity", null);
        body.put("version", 0);

        given().contentType(ContentType.JSON)
                .body(body)
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200)
                .body("capacity", nullValue());
    }

    @Test
    void refusesAStaleVersionWith409AndKeepsTheFirstChange() {
        String code = TestCenters.create();
        given().contentType(ContentType.JSON)
                .body(Map.of("capacity", 150, "version", 0))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200);

        given().contentType(ContentType.JSON)
                .body(Map.of("capacity", 999, "version", 0))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/stale-version"));
        given().get("/api/centers/{code}", code).then().body("capacity", equalTo(150));
    }

    @Test
    void refusesAnUpdateWithoutVersion() {
        String code = TestCenters.create();
        given().contentType(ContentType.JSON)
                .body(Map.of("capacity", 150))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void refusesAnInvalidUpdateAndChangesNothing() {
        String code = TestCenters.create();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "capacity", 10, "version", 0))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("name"));
        given().get("/api/centers/{code}", code)
                .then()
                .body("capacity", equalTo(120))
                .body("version", equalTo(0));
    }

    @Test
    void refusesToLeaveAPhaseBeforeItsGateMilestoneIsReached() {
        String code = TestCenters.create();

        given().contentType(ContentType.JSON)
                .body(Map.of("phase", "PARTNERSHIP", "version", 0))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/phase-gate-not-met"))
                .body(
                        "detail",
                        containsString(
                                "phase Evaluation: its gate milestone Evaluation completed"));
        given().get("/api/centers/{code}", code).then().body("phase", equalTo("EVALUATION"));
    }

    @Test
    void movesForwardOnceTheGateIsReachedAndRecordsTheChange() {
        String code = TestCenters.create();
        String today = LocalDate.now().toString();
        recordActual(code, "EVALUATION_COMPLETED", today);

        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "phase",
                                "PARTNERSHIP",
                                "phaseChangeDate",
                                today,
                                "version",
                                version(code)))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200)
                .body("phase", equalTo("PARTNERSHIP"))
                .body("phaseSince", equalTo(today));
        given().get("/api/centers/{code}/phase-changes", code)
                .then()
                .body("$", hasSize(2))
                .body("[1].fromPhase", equalTo("EVALUATION"))
                .body("[1].toPhase", equalTo("PARTNERSHIP"))
                .body("[1].date", equalTo(today));
    }

    @Test
    void skippingPhasesNeedsEveryGateInBetween() {
        String code = TestCenters.create();
        String today = LocalDate.now().toString();
        recordActual(code, "EVALUATION_COMPLETED", today);

        given().contentType(ContentType.JSON)
                .body(Map.of("phase", "WORKS", "version", version(code)))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(409)
                .body("detail", containsString("Partnership: its gate milestone Agreement signed"));

        recordActual(code, "AGREEMENT_SIGNED", today);
        recordActual(code, "PRELIMINARY_PROJECT_APPROVED", today);
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", "WORKS", "version", version(code)))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200)
                .body("phase", equalTo("WORKS"));
    }

    @Test
    void movingBackNeedsAReason() {
        String code = TestCenters.create();
        recordActual(code, "EVALUATION_COMPLETED", LocalDate.now().toString());
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", "PARTNERSHIP", "version", version(code)))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200);

        given().contentType(ContentType.JSON)
                .body(Map.of("phase", "EVALUATION", "version", version(code)))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("phaseChangeReason"));

        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "phase",
                                "EVALUATION",
                                "phaseChangeReason",
                                "Structural damage found after the earthquake",
                                "version",
                                version(code)))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200)
                .body("phase", equalTo("EVALUATION"));
        given().get("/api/centers/{code}/phase-changes", code)
                .then()
                .body("[2].reason", equalTo("Structural damage found after the earthquake"));
    }

    @Test
    void refusesAPhaseChangeDatedInTheFuture() {
        String code = TestCenters.create();
        recordActual(code, "EVALUATION_COMPLETED", LocalDate.now().toString());

        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "phase",
                                "PARTNERSHIP",
                                "phaseChangeDate",
                                LocalDate.now().plusDays(5).toString(),
                                "version",
                                version(code)))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("phaseChangeDate"));
    }

    @Test
    void answersAnUnknownCenterUpdateWith404() {
        given().contentType(ContentType.JSON)
                .body(Map.of("capacity", 1, "version", 0))
                .patch("/api/centers/NOPE-2")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/centers/NOPE-2/phase-changes")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }
}

package org.rehabtrack.milestone;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestMilestones;

@QuarkusTest
class MilestoneResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate STATUS_DATE = LocalDate.of(2026, 11, 28);

    @Inject TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static long createCustom(String code, String baseline, String forecast) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CUSTOM");
        body.put("name", "Cisterna instalada");
        body.put("baselineDate", baseline);
        body.put("forecastDate", forecast);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/milestones", code)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static io.restassured.response.ValidatableResponse patch(
            long id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .patch("/api/milestones/{id}", id)
                .then();
    }

    @Test
    void listsACentersMilestonesWithStatusAndSlip() {
        clock.setToday(STATUS_DATE);
        // A center in works: evaluated early, its agreement signed late, its completion at risk
        // and a custom milestone late.
        String works = TestCenters.create();
        TestMilestones.date(works, "EVALUATION_COMPLETED", "2025-10-31", null, "2025-10-24");
        TestMilestones.date(works, "AGREEMENT_SIGNED", "2025-12-15", "2026-01-15", "2026-01-20");
        TestMilestones.date(works, "WORKS_COMPLETED", "2026-12-15", "2027-01-31", null);
        TestMilestones.custom(
                works, "Tanque elevado de agua instalado", "2026-10-31", "2026-11-15");
        // A center whose agreement is ahead of its baseline.
        String ahead = TestCenters.create();
        TestMilestones.date(ahead, "AGREEMENT_SIGNED", "2026-12-31", "2026-12-15", null);

        given().get("/api/centers/{code}/milestones", works)
                .then()
                .statusCode(200)
                .body("$", hasSize(9))
                .body("[0].kind", equalTo("EVALUATION_COMPLETED"))
                .body("[0].center", equalTo(works))
                .body("find { it.kind == 'EVALUATION_COMPLETED' }.status", equalTo("COMPLETED"))
                .body("find { it.kind == 'EVALUATION_COMPLETED' }.slipDays", equalTo(-7))
                .body("find { it.kind == 'AGREEMENT_SIGNED' }.slipDays", equalTo(36))
                .body("find { it.kind == 'WORKS_COMPLETED' }.status", equalTo("AT_RISK"))
                .body("find { it.kind == 'WORKS_COMPLETED' }.slipDays", equalTo(47))
                .body("find { it.kind == 'CUSTOM' }.status", equalTo("LATE"))
                .body("find { it.kind == 'CUSTOM' }.slipDays", equalTo(28));
        given().get("/api/centers/{code}/milestones", ahead)
                .then()
                .statusCode(200)
                .body("find { it.kind == 'AGREEMENT_SIGNED' }.status", equalTo("ON_TRACK"))
                .body("find { it.kind == 'AGREEMENT_SIGNED' }.slipDays", equalTo(-16))
                .body("find { it.kind == 'HANDOVER' }.status", equalTo("NOT_STARTED"));
    }

    @Test
    void derivesStatusAgainstTheClockOnEachRead() {
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", "2027-04-10");

        clock.setToday(LocalDate.of(2027, 3, 1));
        given().get("/api/milestones/{id}", id)
                .then()
                .body("status", equalTo("AT_RISK"))
                .body("slipDays", equalTo(10));
        clock.setToday(LocalDate.of(2027, 4, 10));
        given().get("/api/milestones/{id}", id)
                .then()
                .body("status", equalTo("AT_RISK"))
                .body("slipDays", equalTo(10));
        clock.setToday(LocalDate.of(2027, 4, 11));
        given().get("/api/milestones/{id}", id)
                .then()
                .body("status", equalTo("LATE"))
                .body("slipDays", equalTo(11));
        clock.setToday(LocalDate.of(2027, 5, 1));
        given().get("/api/milestones/{id}", id)
                .then()
                .body("status", equalTo("LATE"))
                .body("slipDays", equalTo(31));
    }

    @Test
    void createsACustomMilestone() {
        String code = TestCenters.create();
        Map<String, Object> body =
                Map.of("kind", "CUSTOM", "name", "Paneles solares", "baselineDate", "2027-02-01");

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/milestones", code)
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/milestones/"))
                .body("name", equalTo("Paneles solares"))
                .body("kind", equalTo("CUSTOM"))
                .body("center", equalTo(code))
                .body("version", equalTo(0));
        given().get("/api/centers/{code}/milestones", code).then().body("$", hasSize(9));
    }

    @Test
    void refusesACustomMilestoneWithoutName() {
        String code = TestCenters.create();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "CUSTOM"))
                .post("/api/centers/{code}/milestones", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void refusesASecondMilestoneOfAStandardKind() {
        String code = TestCenters.create();
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "HANDOVER"))
                .post("/api/centers/{code}/milestones", code)
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/duplicate"));
    }

    @Test
    void refusesAMilestoneForAnUnknownCenter() {
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "CUSTOM", "name", "x"))
                .post("/api/centers/NOPE-3/milestones")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/centers/NOPE-3/milestones").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void movesAForecast() {
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", null);

        patch(id, Map.of("forecastDate", "2027-05-15", "version", 0))
                .statusCode(200)
                .body("forecastDate", equalTo("2027-05-15"))
                .body("baselineDate", equalTo("2027-03-31"))
                .body("name", equalTo("Cisterna instalada"))
                .body("version", equalTo(1));
    }

    @Test
    void recordsAnActualDate() {
        clock.setToday(LocalDate.of(2027, 4, 2));
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", null);

        patch(id, Map.of("actualDate", "2027-04-02", "version", 0))
                .statusCode(200)
                .body("actualDate", equalTo("2027-04-02"))
                .body("status", equalTo("COMPLETED"))
                .body("slipDays", equalTo(2));
    }

    @Test
    void refusesAnActualDateInTheFutureNamingTheField() {
        clock.setToday(LocalDate.of(2027, 4, 2));
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", null);

        patch(id, Map.of("actualDate", "2027-04-03", "version", 0))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("actualDate"))
                .body("errors[0].message", containsString("2027-04-02"));
        given().get("/api/milestones/{id}", id)
                .then()
                .body("actualDate", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void refusesAStaleVersionWith409() {
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", null);
        patch(id, Map.of("forecastDate", "2027-04-15", "version", 0)).statusCode(200);

        patch(id, Map.of("forecastDate", "2027-06-30", "version", 0))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/stale-version"))
                .body("status", equalTo(409))
                .body("detail", containsString("version 1"));
        given().get("/api/milestones/{id}", id).then().body("forecastDate", equalTo("2027-04-15"));
    }

    @Test
    void setsAFirstBaselineByUpdateButNeverOverwritesOne() {
        String code = TestCenters.create();
        long id = TestCenters.milestoneId(code, "WORKS_STARTED");

        patch(id, Map.of("baselineDate", "2027-06-01", "version", 0)).statusCode(200);
        patch(id, Map.of("baselineDate", "2027-07-01", "version", 1))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("baselineDate"))
                .body("errors[0].message", containsString("re-baseline"));
        Map<String, Object> clearing = new HashMap<>();
        clearing.put("baselineDate", null);
        clearing.put("version", 1);
        patch(id, clearing).statusCode(400);
        given().get("/api/milestones/{id}", id).then().body("baselineDate", equalTo("2027-06-01"));
    }

    @Test
    void rebaselinesKeepingTheOldDateAndTheReason() {
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", "2027-05-15");

        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "baselineDate",
                                "2027-05-31",
                                "reason",
                                "Donor approved a no-cost extension",
                                "version",
                                0))
                .post("/api/milestones/{id}/rebaselines", id)
                .then()
                .statusCode(201)
                .header("Location", containsString("/rebaselines/"))
                .body("previousDate", equalTo("2027-03-31"))
                .body("newDate", equalTo("2027-05-31"));

        given().get("/api/milestones/{id}", id)
                .then()
                .body("baselineDate", equalTo("2027-05-31"))
                .body("version", equalTo(1));
        String location =
                given().get("/api/milestones/{id}/rebaselines", id)
                        .then()
                        .statusCode(200)
                        .body("$", hasSize(1))
                        .extract()
                        .path("[0].id")
                        .toString();
        given().get("/api/milestones/{id}/rebaselines/{r}", id, location)
                .then()
                .statusCode(200)
                .body("previousDate", equalTo("2027-03-31"))
                .body("reason", equalTo("Donor approved a no-cost extension"));
    }

    @Test
    void refusesARebaselineWithoutReasonOrWithAStaleVersion() {
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", null);

        given().contentType(ContentType.JSON)
                .body(Map.of("baselineDate", "2027-05-31", "version", 0))
                .post("/api/milestones/{id}/rebaselines", id)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("reason"));
        given().contentType(ContentType.JSON)
                .body(Map.of("baselineDate", "2027-05-31", "reason", "x", "version", 7))
                .post("/api/milestones/{id}/rebaselines", id)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        given().get("/api/milestones/{id}/rebaselines", id).then().body("$", hasSize(0));
    }

    @Test
    void refusesARebaselineOfAMilestoneWithoutBaseline() {
        String code = TestCenters.create();
        long id = TestCenters.milestoneId(code, "HANDOVER");
        given().contentType(ContentType.JSON)
                .body(Map.of("baselineDate", "2027-05-31", "reason", "x", "version", 0))
                .post("/api/milestones/{id}/rebaselines", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("baselineDate"));
    }

    @Test
    void refusesAnImpossibleDate() {
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", null);
        patch(id, Map.of("forecastDate", "2027-02-30", "version", 0))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("forecastDate"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
    }

    @Test
    void refusesChangingTheKind() {
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", null);
        patch(id, Map.of("kind", "HANDOVER", "version", 0))
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void answersAnUnknownMilestoneWith404() {
        given().get("/api/milestones/999999")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString("999999"));
        patch(999999, Map.of("forecastDate", "2027-01-01", "version", 0))
                .statusCode(404)
                .contentType(PROBLEM);
        given().get("/api/milestones/999999/rebaselines").then().statusCode(404);
        String code = TestCenters.create();
        long id = TestCenters.milestoneId(code, "HANDOVER");
        given().get("/api/milestones/{id}/rebaselines/999999", id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void answersInSpanishWhenAsked() {
        String code = TestCenters.create();
        long id = createCustom(code, "2027-03-31", null);
        given().header("Accept-Language", "es")
                .contentType(ContentType.JSON)
                .body(Map.of("actualDate", LocalDate.now().plusDays(3).toString(), "version", 0))
                .patch("/api/milestones/{id}", id)
                .then()
                .statusCode(400)
                .body("title", equalTo("Datos no válidos"))
                .body("errors[0].message", containsString("posterior a hoy"));
    }

    @Test
    void restoresTheKindsNameWhenANameIsCleared() {
        String code = TestCenters.create();
        long id = TestCenters.milestoneId(code, "INAUGURATION");
        Map<String, Object> body = new HashMap<>();
        body.put("name", null);
        body.put("version", 0);
        patch(id, body).statusCode(200).body("name", equalTo("Inauguration"));
        given().get("/api/milestones/{id}", id).then().body("name", equalTo("Inauguration"));
    }
}

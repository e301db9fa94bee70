package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestWorks;

/**
 * The rule of issue 21: a workbook for a cut-off date D, written today, has the cells of the
 * workbook for D written on D, whatever was recorded since about later dates; only a correction of
 * a fact dated on or before D changes it, and then the workbook says so.
 */
@QuarkusTest
class ReportsAsOfCutOffTest {

    private static final LocalDate CUT_OFF = LocalDate.of(2026, 4, 15);
    private static final List<String> WORKBOOKS =
            List.of("progress", "budget", "findings", "history");

    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A center's story up to the cut-off date, each step recorded on its own day. */
    private Story storyUpToTheCutOff() {
        clock.setToday(LocalDate.of(2026, 3, 2));
        String center = TestCenters.create();
        String grant = TestFunding.grant("300000.00", "USD");
        TestFunding.allocate(grant, center, "150000.00", "USD");
        long milestone = TestCenters.milestoneId(center, "AGREEMENT_SIGNED");
        patch(
                "/api/milestones/{id}",
                milestone,
                Map.of("baselineDate", "2026-04-01", "forecastDate", "2026-04-20"));
        Map<String, Object> wp = new HashMap<>();
        wp.put("code", "WP-01");
        wp.put("title", "Rehabilitación de techos");
        wp.put("budget", Map.of("amount", "100000.00", "currency", "USD"));
        wp.put("contractor", TestPartners.contractor());
        wp.put("contractAmount", Map.of("amount", "98000.00", "currency", "USD"));
        wp.put("plannedStart", "2026-03-01");
        wp.put("plannedEnd", "2026-12-31");
        wp.put("fundingSource", grant);
        long workPackage =
                given().contentType(ContentType.JSON)
                        .body(wp)
                        .post("/api/centers/{code}/work-packages", center)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        for (String status : new String[] {"TENDERING", "CONTRACTED", "IN_PROGRESS"}) {
            patch(
                    "/api/work-packages/{id}",
                    workPackage,
                    Map.of("status", status, "statusDate", "2026-03-02"));
        }
        long evaluation =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "kind",
                                        "INITIAL",
                                        "date",
                                        "2026-03-02",
                                        "leadEngineer",
                                        "Ing. Prueba",
                                        "measurements",
                                        Map.of("personsDesignCapacity", 50)))
                        .post("/api/centers/{code}/evaluations", center)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long finding =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "category",
                                        "SANITATION",
                                        "severity",
                                        "CRITICAL",
                                        "title",
                                        "Sin agua potable",
                                        "location",
                                        "Bloque A"))
                        .post("/api/evaluations/{id}/findings", evaluation)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");

        clock.setToday(LocalDate.of(2026, 4, 10));
        progress(workPackage, "2026-04-10", "30");
        TestWorks.pay(workPackage, "2026-04-10", "20000.00", grant);
        return new Story(center, grant, workPackage, milestone, finding);
    }

    private record Story(
            String center, String grant, long workPackage, long milestone, long finding) {}

    /** What was recorded after the cut-off date about later dates. */
    private void laterChanges(Story s) {
        clock.setToday(LocalDate.of(2026, 5, 20));
        patch("/api/milestones/{id}", s.milestone(), Map.of("forecastDate", "2026-05-10"));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "baselineDate",
                                "2026-05-01",
                                "reason",
                                "Rediseño",
                                "version",
                                version("/api/milestones/{id}", s.milestone())))
                .post("/api/milestones/{id}/rebaselines", s.milestone())
                .then()
                .statusCode(201);
        patch("/api/milestones/{id}", s.milestone(), Map.of("actualDate", "2026-05-18"));
        patch(
                "/api/milestones/{id}",
                TestCenters.milestoneId(s.center(), "EVALUATION_COMPLETED"),
                Map.of("actualDate", "2026-05-19"));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "phase",
                                "PARTNERSHIP",
                                "phaseChangeDate",
                                "2026-05-19",
                                "phaseChangeReason",
                                "Convenio firmado",
                                "version",
                                version("/api/centers/{code}", s.center())))
                .patch("/api/centers/{code}", s.center())
                .then()
                .statusCode(200);
        progress(s.workPackage(), "2026-05-20", "55");
        TestWorks.pay(s.workPackage(), "2026-05-20", "30000.00", s.grant());
        long order =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "amount",
                                        "5000.00",
                                        "currency",
                                        "USD",
                                        "days",
                                        20,
                                        "reason",
                                        "Más cubierta"))
                        .post("/api/work-packages/{id}/change-orders", s.workPackage())
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "APPROVED", "date", "2026-05-20", "version", 0))
                .patch("/api/change-orders/{id}", order)
                .then()
                .statusCode(200);
        patch(
                "/api/findings/{id}",
                s.finding(),
                Map.of("status", "DEFERRED", "statusReason", "Sin fondos"));
        TestFunding.allocate(TestFunding.grant("80000.00", "USD"), s.center(), "50000.00", "USD");
        newCenter = TestCenters.create();
        String grant = TestFunding.grant("10000.00", "USD");
        TestFunding.allocate(grant, newCenter, "10000.00", "USD");
        TestWorks.pay(
                given().contentType(ContentType.JSON)
                        .body(org.rehabtrack.system.TestWorks.body("WP-09"))
                        .post("/api/centers/{code}/work-packages", newCenter)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id"),
                "2026-04-01",
                "500.00",
                grant);
    }

    /** The center registered after the cut-off date. */
    private String newCenter;

    private static byte[] workbook(String name, String center, LocalDate statusDate, String lang) {
        if (name.equals("history")) {
            return given().queryParam("statusDate", statusDate.toString())
                    .queryParam("lang", lang)
                    .get("/api/centers/{code}/history.xlsx", center)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray();
        }
        return given().queryParam("center", center)
                .queryParam("statusDate", statusDate.toString())
                .queryParam("lang", lang)
                .get("/api/reports/{name}.xlsx", name)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    @Test
    void aWorkbookForAPastDateHasTheCellsItHadOnThatDate() {
        Story story = storyUpToTheCutOff();
        clock.setToday(CUT_OFF);
        Map<String, List<String>> onTheDay = new HashMap<>();
        for (String name : WORKBOOKS) {
            onTheDay.put(name, WorkbookCells.of(workbook(name, story.center(), CUT_OFF, "en")));
        }

        laterChanges(story);

        clock.setToday(LocalDate.of(2026, 6, 1));
        for (String name : WORKBOOKS) {
            List<String> later = WorkbookCells.of(workbook(name, story.center(), CUT_OFF, "en"));
            assertEquals(
                    List.of(),
                    WorkbookCells.difference(onTheDay.get(name), later),
                    name + ".xlsx changed");
        }
        // Of every center: one registered after the cut-off date, with its money, is not in it.
        for (String name : List.of("progress", "budget", "findings")) {
            List<String> all =
                    WorkbookCells.of(
                            given().queryParam("statusDate", CUT_OFF.toString())
                                    .queryParam("lang", "en")
                                    .get("/api/reports/{name}.xlsx", name)
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .asByteArray());
            assertTrue(all.stream().anyMatch(c -> c.endsWith(" = " + story.center())), name);
            assertTrue(all.stream().noneMatch(c -> c.endsWith(" = " + newCenter)), name);
        }
        // The same workbook for a date after the changes does show them.
        List<String> now =
                WorkbookCells.of(
                        workbook("progress", story.center(), LocalDate.of(2026, 6, 1), "en"));
        assertTrue(now.stream().anyMatch(c -> c.endsWith(" = Partnership")), "the new phase");
        assertFalse(WorkbookCells.difference(onTheDay.get("progress"), now).isEmpty());
    }

    @Test
    void aCorrectionOfAFactDatedBeforeTheCutOffChangesTheWorkbookAndSaysSo() {
        Story story = storyUpToTheCutOff();
        clock.setToday(CUT_OFF);
        List<String> onTheDay = WorkbookCells.of(workbook("budget", story.center(), CUT_OFF, "es"));
        assertTrue(onTheDay.stream().noneMatch(c -> c.startsWith("sheet Correcciones")));

        clock.setToday(LocalDate.of(2026, 5, 2));
        TestWorks.pay(story.workPackage(), "2026-04-12", "1500.00", story.grant());
        progress(story.workPackage(), "2026-04-14", "35");

        for (String name : List.of("budget", "progress")) {
            List<String> corrected =
                    WorkbookCells.of(workbook(name, story.center(), CUT_OFF, "es"));
            assertTrue(corrected.contains("sheet Correcciones"), name);
            assertTrue(
                    corrected.stream()
                            .anyMatch(
                                    c ->
                                            c.contains(
                                                    "2 cambio(s) registrado(s) después del 2026-04-15")),
                    name + ": " + corrected.stream().filter(c -> c.contains("cambio")).toList());
            assertTrue(
                    corrected.stream()
                            .anyMatch(
                                    c ->
                                            c.startsWith("Correcciones!")
                                                    && c.endsWith(" = paymentDate")));
            assertTrue(
                    corrected.stream()
                            .anyMatch(
                                    c ->
                                            c.startsWith("Correcciones!")
                                                    && c.endsWith(" = reportDate")));
        }
        List<String> budget = WorkbookCells.of(workbook("budget", story.center(), CUT_OFF, "es"));
        assertTrue(
                budget.stream().anyMatch(c -> c.endsWith(" = 1500.0")),
                "the late payment is counted");
    }

    @Test
    void theApiAgreesWithTheWorkbookForTheSameDate() {
        Story story = storyUpToTheCutOff();
        laterChanges(story);
        clock.setToday(LocalDate.of(2026, 6, 1));
        given().queryParam("statusDate", CUT_OFF.toString())
                .get("/api/centers/{code}/budget", story.center())
                .then()
                .statusCode(200)
                .body("budget.amount", org.hamcrest.Matchers.equalTo("150000.00"))
                .body("committed.amount", org.hamcrest.Matchers.equalTo("98000.00"))
                .body("spent.amount", org.hamcrest.Matchers.equalTo("20000.00"))
                .body("physicalProgress", org.hamcrest.Matchers.equalTo(30.0f));
        given().queryParam("statusDate", CUT_OFF.toString())
                .get("/api/work-packages/{id}", story.workPackage())
                .then()
                .statusCode(200)
                .body("earnedValue.ev.amount", org.hamcrest.Matchers.equalTo("30000.00"))
                .body("earnedValue.ac.amount", org.hamcrest.Matchers.equalTo("20000.00"));
        given().queryParam("statusDate", CUT_OFF.toString())
                .get("/api/budget")
                .then()
                .statusCode(200)
                .body("centers.center", org.hamcrest.Matchers.hasItem(story.center()))
                .body(
                        "centers.center",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(newCenter)));
        given().queryParam("statusDate", "2026-06-01")
                .get("/api/budget")
                .then()
                .statusCode(200)
                .body("centers.center", org.hamcrest.Matchers.hasItem(newCenter));
    }

    private static long version(String path, Object id) {
        return given().get(path, id).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static void patch(String path, Object id, Map<String, Object> change) {
        Map<String, Object> body = new HashMap<>(change);
        body.put("version", version(path, id));
        given().contentType(ContentType.JSON).body(body).patch(path, id).then().statusCode(200);
    }

    private static void progress(long workPackage, String date, String percent) {
        given().contentType(ContentType.JSON)
                .body(Map.of("date", date, "percentComplete", percent))
                .post("/api/work-packages/{id}/progress", workPackage)
                .then()
                .statusCode(201);
    }
}

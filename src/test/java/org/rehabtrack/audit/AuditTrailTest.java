package org.rehabtrack.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.HistoryColumns.History;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;

@QuarkusTest
class AuditTrailTest {

    @Test
    void aMilestoneMovedByTheManagerShowsWithUserTimeAndOldAndNewDates() {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "WORKS_STARTED");
        given().contentType(ContentType.JSON)
                .body(Map.of("baselineDate", "2027-01-15", "version", 0))
                .patch("/api/milestones/{id}", milestone)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("forecastDate", "2027-02-20", "version", 1))
                .patch("/api/milestones/{id}", milestone)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("forecastDate", "2027-03-10", "version", 2))
                .patch("/api/milestones/{id}", milestone)
                .then()
                .statusCode(200);

        JsonPath history =
                given().get("/api/centers/{code}/history", center)
                        .then()
                        .statusCode(200)
                        .body("[0].user", equalTo("manager"))
                        .body("[0].record", equalTo("Milestone"))
                        .body("[0].action", equalTo("UPDATE"))
                        .body("[0].at", notNullValue())
                        .extract()
                        .jsonPath();
        assertEquals(milestone, history.getLong("[0].recordId"));
        Map<String, String> forecast =
                history.getMap("[0].changes.find { it.field == 'forecastDate' }");
        assertEquals("2027-02-20", forecast.get("old"));
        assertEquals("2027-03-10", forecast.get("value"));
        // The center's registration is there too, first of all.
        given().get("/api/centers/{code}/history", center)
                .then()
                .body("find { it.record == 'Center' }.action", equalTo("CREATE"));
    }

    @Test
    void aDeletedFindingStaysInTheHistoryWithWhatItWas() {
        long finding = TestEvaluations.createFinding();
        String center =
                given().get("/api/findings/{id}", finding)
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("center");
        String title =
                given().get("/api/findings/{id}", finding)
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("title");
        given().delete("/api/findings/{id}", finding).then().statusCode(204);
        given().get("/api/findings/{id}", finding).then().statusCode(404);

        JsonPath history =
                given().queryParam("record", "Finding")
                        .get("/api/centers/{code}/history", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<String> actions = history.getList("findAll { it.recordId == " + finding + " }.action");
        assertTrue(actions.contains("CREATE") && actions.contains("DELETE"), actions.toString());
        assertEquals(
                title,
                history.getString(
                        "find { it.recordId == "
                                + finding
                                + " && it.action == 'DELETE' }.changes.find { it.field == 'title' }.old"));
    }

    @Test
    void filtersByUserAndDate() {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "WORKS_STARTED");
        given().auth()
                .preemptive()
                .basic("manager", SignedInAsManager.DEMO_PASSWORD)
                .contentType(ContentType.JSON)
                .body(Map.of("baselineDate", "2027-01-15", "version", 0))
                .patch("/api/milestones/{id}", milestone)
                .then()
                .statusCode(200);
        given().queryParam("user", "engineer")
                .get("/api/centers/{code}/history", center)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().queryParam("user", "manager")
                .get("/api/centers/{code}/history", center)
                .then()
                .body("user", hasItem("manager"));
        given().queryParam("to", "2000-01-01")
                .get("/api/centers/{code}/history", center)
                .then()
                .header("X-Total-Count", "0");
        given().queryParam("from", "2026-02-01")
                .queryParam("to", "2026-01-01")
                .get("/api/centers/{code}/history", center)
                .then()
                .statusCode(400);
    }

    @Test
    void recordsUsersWithoutEverShowingAPasswordHash() {
        var admin = given().auth().preemptive().basic("admin", SignedInAsManager.DEMO_PASSWORD);
        long id =
                admin.contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "username",
                                        "audited-" + System.nanoTime() % 100000,
                                        "displayName",
                                        "Audited",
                                        "role",
                                        "ENGINEER",
                                        "password",
                                        "a long pass phrase for tests"))
                        .post("/api/users")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        JsonPath trail =
                given().auth()
                        .preemptive()
                        .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                        .queryParam("record", "UserAccount")
                        .get("/api/history")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals("admin", trail.getString("find { it.recordId == " + id + " }.user"));
        assertEquals(
                "********",
                trail.getString(
                        "find { it.recordId == "
                                + id
                                + " }.changes.find { it.field == 'passwordHash' }.value"));
        given().auth()
                .preemptive()
                .basic("engineer", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/history")
                .then()
                .statusCode(403);
    }

    @Test
    void exportsTheHistoryAsAWorkbookInEitherLanguage() throws IOException {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "WORKS_STARTED");
        given().contentType(ContentType.JSON)
                .body(Map.of("baselineDate", "2027-01-15", "version", 0))
                .patch("/api/milestones/{id}", milestone)
                .then()
                .statusCode(200);
        for (String lang : new String[] {"es", "en"}) {
            byte[] bytes =
                    given().queryParam("lang", lang)
                            .get("/api/centers/{code}/history.xlsx", center)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertEquals(lang.equals("es") ? "Historial" : "History", sheet.getSheetName());
                boolean baseline = false;
                for (Row row : sheet) {
                    Cell field = row.getCell(History.FIELD.index());
                    if (field != null && "baselineDate".equals(field.getStringCellValue())) {
                        baseline = true;
                        assertEquals(
                                java.time.LocalDate.parse("2027-01-15"),
                                row.getCell(History.NEW_VALUE.index())
                                        .getLocalDateTimeCellValue()
                                        .toLocalDate(),
                                "a date, as a date");
                        assertEquals(
                                CellType.NUMERIC, row.getCell(History.WHEN.index()).getCellType());
                        assertEquals(
                                "manager", row.getCell(History.USER.index()).getStringCellValue());
                    }
                }
                assertTrue(baseline);
            }
        }
    }
}

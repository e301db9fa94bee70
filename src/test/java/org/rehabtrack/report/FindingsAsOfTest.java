package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.FindingsColumns.Findings;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;

/**
 * The findings workbook for a past cut-off date D shows the findings as they stood at the end of D:
 * written again after later changes (moves, edits, a new finding, a deletion, a photo, a new
 * evaluation), every cell is the same but the line saying when it was written. What was recorded
 * before D is dated back in the database, as it would be had it been recorded then.
 */
@QuarkusTest
class FindingsAsOfTest {

    private static final String GENERATED = "Generated at ";

    @Inject EntityManager em;

    @Inject Clock clock;

    private static XSSFWorkbook download(String center, LocalDate statusDate) throws IOException {
        var request = given().queryParam("center", center).queryParam("lang", "en");
        if (statusDate != null) {
            request.queryParam("statusDate", statusDate.toString());
        }
        byte[] bytes =
                request.get("/api/reports/findings.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /**
     * Every cell of every sheet, with its type, value, format and link; the "generated at" line
     * left out.
     */
    private static List<String> cells(XSSFWorkbook workbook) {
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String value =
                            switch (cell.getCellType()) {
                                case STRING -> cell.getStringCellValue();
                                case NUMERIC -> Double.toString(cell.getNumericCellValue());
                                case FORMULA ->
                                        cell.getCellFormula() + "=" + cell.getNumericCellValue();
                                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                                default -> "";
                            };
                    if (cell.getCellType() == CellType.STRING && value.startsWith(GENERATED)) {
                        continue;
                    }
                    cells.add(
                            sheet.getSheetName()
                                    + "!"
                                    + cell.getAddress()
                                    + " "
                                    + cell.getCellType()
                                    + " "
                                    + value
                                    + " "
                                    + cell.getCellStyle().getDataFormatString()
                                    + (cell.getHyperlink() == null
                                            ? ""
                                            : " -> " + cell.getHyperlink().getAddress()));
                }
            }
        }
        return cells;
    }

    /** The data row of the findings sheet whose title is {@code title}, or null. */
    private static Row finding(XSSFWorkbook workbook, String title) {
        for (Row row : workbook.getSheetAt(0)) {
            Cell cell = row.getCell(Findings.TITLE.index());
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && title.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        return null;
    }

    private static LocalDate date(Row row, Findings column) {
        return DateUtil.getLocalDateTime(row.getCell(column.index()).getNumericCellValue())
                .toLocalDate();
    }

    /**
     * Dates back to {@code at} what was recorded for the center's findings and evaluations since
     * {@code since}.
     */
    private void dateBack(String center, Instant since, Instant at) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            Long id =
                                    em.createQuery(
                                                    "select c.id from Center c where c.code = :code",
                                                    Long.class)
                                            .setParameter("code", center)
                                            .getSingleResult();
                            for (String update :
                                    List.of(
                                            "update audit_entry set recorded_at = :at where center_id = :id and recorded_at >= :since",
                                            "update finding_transition set recorded_at = :at where recorded_at >= :since"
                                                    + " and finding_id in (select f.id from finding f where f.center_id = :id)",
                                            "update photo set created_at = :at where created_at >= :since"
                                                    + " and finding_id in (select f.id from finding f where f.center_id = :id)",
                                            "update finding set created_at = :at where center_id = :id and created_at >= :since",
                                            "update evaluation set created_at = :at where center_id = :id and created_at >= :since")) {
                                em.createNativeQuery(update)
                                        .setParameter("at", at)
                                        .setParameter("id", id)
                                        .setParameter("since", since)
                                        .executeUpdate();
                            }
                        });
    }

    private static long logFinding(long evaluation, String title, String severity) {
        Map<String, Object> body = TestEvaluations.findingBody();
        body.put("title", title);
        body.put("severity", severity);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static long evaluation(String center, LocalDate date, int capacity) {
        Map<String, Object> body =
                TestEvaluations.body(
                        "FOLLOW_UP",
                        Map.of(
                                "personsDesignCapacity",
                                capacity,
                                "toiletsFemale",
                                2,
                                "toiletsMale",
                                2));
        body.put("date", date.toString());
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/evaluations", center)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static long version(String path, long id) {
        return given().get(path, id).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static void patch(long finding, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(changes);
        body.put("version", version("/api/findings/{id}", finding));
        given().contentType(ContentType.JSON)
                .body(body)
                .patch("/api/findings/{id}", finding)
                .then()
                .statusCode(200);
    }

    private static void move(long finding, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("statusReason", reason);
        }
        patch(finding, body);
    }

    private static void photo(long finding) {
        given().multiPart("file", "roof.jpg", TestPhotos.image("jpg"), "image/jpeg")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(201);
    }

    @Test
    void aWorkbookForAPastDateStaysTheSameWhateverIsRecordedAfterIt() throws IOException {
        LocalDate today = LocalDate.now(clock);
        LocalDate cutOff = today.minusDays(2);
        String center = TestCenters.create();

        // The day before the cut-off: an evaluation and three findings logged.
        Instant start = Instant.EPOCH;
        long first = evaluation(center, cutOff.minusDays(2), 50);
        long roof = logFinding(first, "Roof leaks", "HIGH");
        long toilets = logFinding(first, "Too few toilets", "MEDIUM");
        long fence = logFinding(first, "Broken fence", "LOW");
        dateBack(
                center,
                start,
                cutOff.minusDays(1).atTime(9, 0).atZone(clock.getZone()).toInstant());

        // On the cut-off date: the roof's finding deferred, and a photo of it.
        Instant onCutOff = cutOff.atStartOfDay(clock.getZone()).toInstant();
        move(roof, "DEFERRED", "Waiting for the rainy season to end");
        photo(roof);
        dateBack(center, onCutOff, cutOff.atTime(15, 30).atZone(clock.getZone()).toInstant());

        List<String> before;
        try (XSSFWorkbook workbook = download(center, cutOff)) {
            before = cells(workbook);
            Row row = finding(workbook, "Roof leaks");
            assertNotNull(row);
            assertEquals("High", row.getCell(Findings.SEVERITY.index()).getStringCellValue());
            assertEquals(
                    cutOff.minusDays(1), date(row, Findings.LOGGED_DATE), "logged the day before");
            assertEquals("Deferred", row.getCell(Findings.STATUS.index()).getStringCellValue());
            assertEquals(cutOff, date(row, Findings.STATUS_DATE), "deferred on the cut-off date");
            assertEquals(1.0, row.getCell(Findings.PHOTOS.index()).getNumericCellValue());
            assertNotNull(finding(workbook, "Broken fence"));
            assertTrue(
                    before.stream()
                            .anyMatch(
                                    c ->
                                            c.startsWith("Standards!B")
                                                    && c.contains(
                                                            Double.toString(
                                                                    DateUtil.getExcelDate(
                                                                            cutOff.minusDays(2))))),
                    "the evaluation's date");
        }

        // After the cut-off date: every kind of change.
        move(roof, "OPEN", "The rain stopped");
        patch(
                roof,
                Map.of(
                        "severity",
                        "CRITICAL",
                        "title",
                        "Roof leaks badly",
                        "description",
                        "Over the beds"));
        photo(roof);
        move(toilets, "PLANNED", null);
        move(toilets, "RESOLVED", null);
        move(toilets, "VERIFIED", null);
        given().delete("/api/findings/{id}", fence).then().statusCode(204);
        logFinding(first, "No fire extinguishers", "CRITICAL");
        Map<String, Object> measured = new HashMap<>();
        measured.put(
                "measurements",
                Map.of("personsDesignCapacity", 500, "toiletsFemale", 1, "toiletsMale", 1));
        measured.put("version", version("/api/evaluations/{id}", first));
        given().contentType(ContentType.JSON)
                .body(measured)
                .patch("/api/evaluations/{id}", first)
                .then()
                .statusCode(200);
        evaluation(center, cutOff.minusDays(1), 10);

        try (XSSFWorkbook again = download(center, cutOff)) {
            assertEquals(before, cells(again));
        }

        try (XSSFWorkbook now = download(center, null)) {
            List<String> after = cells(now);
            assertNotEquals(before, after);
            assertNull(finding(now, "Roof leaks"));
            Row roofNow = finding(now, "Roof leaks badly");
            assertNotNull(roofNow);
            assertEquals(
                    "Critical", roofNow.getCell(Findings.SEVERITY.index()).getStringCellValue());
            assertEquals(
                    "Over the beds",
                    roofNow.getCell(Findings.DESCRIPTION.index()).getStringCellValue());
            assertEquals("Open", roofNow.getCell(Findings.STATUS.index()).getStringCellValue());
            assertEquals(today, date(roofNow, Findings.STATUS_DATE));
            assertEquals(2.0, roofNow.getCell(Findings.PHOTOS.index()).getNumericCellValue());
            assertEquals(
                    "Verified",
                    finding(now, "Too few toilets")
                            .getCell(Findings.STATUS.index())
                            .getStringCellValue());
            assertNull(finding(now, "Broken fence"), "deleted");
            assertNotNull(finding(now, "No fire extinguishers"));
            assertFalse(
                    after.stream()
                            .anyMatch(
                                    c ->
                                            c.startsWith("Standards!B")
                                                    && c.contains(
                                                            Double.toString(
                                                                    DateUtil.getExcelDate(
                                                                            cutOff.minusDays(2))))),
                    "the later evaluation instead");
        }
    }
}

package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressWorkbookTest {

    private static XSSFWorkbook download(String lang) throws IOException {
        byte[] bytes = given().queryParam("center", "CAMR-SPS").queryParam("center", "CAMR-OMOA")
                .queryParam("statusDate", "2026-11-28").queryParam("lang", lang)
                .get("/api/reports/progress.xlsx").then().statusCode(200).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
    }

    @Test
    void summarisesEachCenterWithItsStatusAndTheRuleThatSetsIt() throws IOException {
        try (XSSFWorkbook workbook = download("en")) {
            assertEquals("Summary", workbook.getSheetName(0));
            assertEquals("Milestones", workbook.getSheetName(1));
            assertEquals("Works packages", workbook.getSheetName(2));
            assertEquals("Timeline", workbook.getSheetName(3));
            Sheet summary = workbook.getSheetAt(0);
            boolean ruleWritten = false;
            for (Row row : summary) {
                Cell cell = row.getCell(0);
                ruleWritten |= cell != null && cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().startsWith("Status rule: RED");
            }
            assertTrue(ruleWritten);
            Row sps = rowStartingWith(summary, "CAMR-SPS");
            assertEquals("Works", sps.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, sps.getCell(2).getCellType());
            // The sample's custom water-tank milestone is late on 2026-11-28, so the center is red.
            assertEquals(1, (int) sps.getCell(8).getNumericCellValue());
            assertEquals("RED", sps.getCell(11).getStringCellValue());
        }
    }

    @Test
    void shadesEachPackagesPlannedAndActualMonthsOnTheTimeline() throws IOException {
        try (XSSFWorkbook workbook = download("en")) {
            Sheet timeline = workbook.getSheetAt(3);
            Row header = null;
            for (Row row : timeline) {
                Cell cell = row.getCell(0);
                if (cell != null && cell.getCellType() == CellType.STRING && "Center".equals(cell.getStringCellValue())) {
                    header = row;
                }
            }
            assertTrue(header != null);
            int june = -1;
            int october = -1;
            for (Cell cell : header) {
                june = "2026-06".equals(cell.getStringCellValue()) ? cell.getColumnIndex() : june;
                october = "2026-10".equals(cell.getStringCellValue()) ? cell.getColumnIndex() : october;
            }
            // CAMR-SPS WP-01: planned 2026-06-15 to 2026-09-30 (+15 days approved), built 2026-06-15 to 2026-10-20.
            Row roof = null;
            for (Row row : timeline) {
                Cell code = row.getCell(1);
                if (row.getCell(0) != null && "CAMR-SPS".equals(row.getCell(0).getStringCellValue()) && code != null
                        && "WP-01".equals(code.getStringCellValue())) {
                    roof = row;
                }
            }
            assertEquals("PA", roof.getCell(june).getStringCellValue());
            assertEquals("PA", roof.getCell(october).getStringCellValue());
            assertTrue(roof.getCell(october).getCellStyle().getFillPattern() != org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
        }
    }

    @Test
    void listsMilestonesWithSlipAndStatusAtTheStatusDate() throws IOException {
        try (XSSFWorkbook workbook = download("es")) {
            Sheet milestones = workbook.getSheetAt(1);
            assertEquals("Hitos", milestones.getSheetName());
            int late = 0;
            for (Row row : milestones) {
                Cell status = row.getCell(7);
                if (status != null && "Atrasado".equals(status.getStringCellValue())) {
                    late++;
                }
            }
            assertTrue(late >= 2, "late milestones: " + late);
            Row works = rowStartingWith(workbook.getSheetAt(2), "CAMR-SPS");
            assertTrue(works.getCell(4).getStringCellValue().length() > 0);
        }
    }
}

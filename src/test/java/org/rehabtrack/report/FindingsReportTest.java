package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.FindingsColumns.Findings;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestPortfolio;

@QuarkusTest
class FindingsReportTest {

    /** The portfolio story these tests read, told once for the class. */
    private static TestPortfolio.Portfolio story;

    private static TestPortfolio.Portfolio story() {
        if (story == null) {
            story = TestPortfolio.build();
        }
        return story;
    }

    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static XSSFWorkbook download(String center, String lang) throws IOException {
        byte[] bytes =
                given().queryParam("center", center)
                        .queryParam("lang", lang)
                        .get("/api/reports/findings.xlsx")
                        .then()
                        .statusCode(200)
                        .contentType(XLSX)
                        .header(
                                "Content-Disposition",
                                containsString(
                                        "attachment; filename=\"findings_"
                                                + center
                                                + "_"
                                                + lang
                                                + "_"))
                        .extract()
                        .asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The row index of the header: the first row whose first cell reads {@code label}. */
    private static int headerRow(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && label.equals(cell.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header " + label + " in " + sheet.getSheetName());
    }

    @Test
    void listsACentersFindingsUnderATitleBlockWithAFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = download(story().works(), "en")) {
            assertEquals("Findings", workbook.getSheetName(0));
            assertEquals("Summary", workbook.getSheetName(1));
            assertEquals("Standards", workbook.getSheetName(2));
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Evaluation findings", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().contains(story().works()));
            int header = headerRow(sheet, "Center");
            assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals(5, sheet.getLastRowNum() - header);
            Row first = sheet.getRow(header + 1);
            assertEquals("Critical", first.getCell(Findings.SEVERITY.index()).getStringCellValue());
            assertEquals(
                    "Leaking roof over the main dormitory",
                    first.getCell(Findings.TITLE.index()).getStringCellValue());
            assertEquals(
                    CellType.NUMERIC, first.getCell(Findings.ESTIMATED_COST.index()).getCellType());
            assertEquals(
                    612500.00,
                    first.getCell(Findings.ESTIMATED_COST.index()).getNumericCellValue(),
                    0.001);
            assertEquals(
                    "#,##0.00",
                    first.getCell(Findings.ESTIMATED_COST.index())
                            .getCellStyle()
                            .getDataFormatString());
            assertEquals(
                    CellType.NUMERIC,
                    first.getCell(Findings.EVALUATION_DATE.index()).getCellType());
            assertTrue(
                    org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(
                            first.getCell(Findings.EVALUATION_DATE.index())));
            assertEquals(
                    "WP-01", first.getCell(Findings.WORK_PACKAGE.index()).getStringCellValue());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertNotNull(workbook.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void totalsAreLiveFormulasWhoseStoredValuesMatchARecalculation() throws IOException {
        try (XSSFWorkbook workbook = download(story().works(), "en")) {
            XSSFSheet summary = workbook.getSheetAt(1);
            int header = headerRow(summary, "Center");
            Row total = summary.getRow(header + 2);
            assertEquals(
                    "Total", total.getCell(FindingsColumns.Summary.CENTER).getStringCellValue());
            assertEquals(
                    FindingsColumns.Summary.all(),
                    total.getLastCellNum() - 1,
                    "all findings, the last");
            Cell all = total.getCell(FindingsColumns.Summary.all());
            assertEquals(CellType.FORMULA, all.getCellType());
            assertEquals(5.0, all.getNumericCellValue());
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Cell cell : total) {
                if (cell.getCellType() == CellType.FORMULA) {
                    double stored = cell.getNumericCellValue();
                    assertEquals(
                            stored,
                            evaluator.evaluate(cell).getNumberValue(),
                            0.0001,
                            cell.getAddress().toString());
                }
            }
        }
    }

    @Test
    void speaksSpanishWhenAsked() throws IOException {
        try (XSSFWorkbook workbook = download(story().project(), "es")) {
            assertEquals("Hallazgos", workbook.getSheetName(0));
            assertEquals("Resumen", workbook.getSheetName(1));
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(
                    "Hallazgos de las evaluaciones",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            int header = headerRow(sheet, "Centro");
            assertEquals(
                    "Crítica",
                    sheet.getRow(header + 1)
                            .getCell(Findings.SEVERITY.index())
                            .getStringCellValue());
            assertEquals(
                    "Seguridad perimetral",
                    sheet.getRow(header + 1)
                            .getCell(Findings.CATEGORY.index())
                            .getStringCellValue());
            Sheet standards = workbook.getSheetAt(2);
            assertTrue(hasText(standards, "Manual Esfera, norma de alojamiento 3"));
            assertTrue(hasText(standards, "m²/persona"));
            assertTrue(!hasText(standards, "Sphere Handbook, shelter standard 3"));
            // The evaluation's figures, as measured: 1,000 m² for a peak of 360 persons.
            boolean measured = false;
            for (Row row : standards) {
                Cell check = row.getCell(FindingsColumns.Checks.CHECK.index());
                Cell value = row.getCell(FindingsColumns.Checks.VALUE.index());
                if (check != null
                        && check.getCellType() == CellType.STRING
                        && check.getStringCellValue().equals("Área cubierta por persona")) {
                    assertEquals(CellType.NUMERIC, value.getCellType(), "measured");
                    assertEquals(2.78, value.getNumericCellValue(), 0.0001);
                    measured = true;
                }
            }
            assertTrue(measured, "the covered area per person is checked");
        }
    }

    @Test
    void writesAFormulaTypedByAUserAsLiteralText() throws IOException {
        String center = TestCenters.create();
        long evaluation =
                TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 10));
        Map<String, Object> body = TestEvaluations.findingBody();
        body.put("title", "=HYPERLINK(\"http://x\",\"y\")");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(201);

        try (XSSFWorkbook workbook = download(center, "en")) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell title =
                    sheet.getRow(headerRow(sheet, "Center") + 1).getCell(Findings.TITLE.index());
            assertEquals(CellType.STRING, title.getCellType());
            assertEquals("=HYPERLINK(\"http://x\",\"y\")", title.getStringCellValue());
            assertTrue(title.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void refusesAnUnknownCenterOrLanguage() {
        given().queryParam("center", "NOPE-1")
                .get("/api/reports/findings.xlsx")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("lang", "fr")
                .get("/api/reports/findings.xlsx")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static XSSFWorkbook download(Map<String, Object> query) throws IOException {
        byte[] bytes =
                given().queryParams(query)
                        .get("/api/reports/findings.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static boolean hasText(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void filteredToAFundingSourceLeavesOutWhatWorksOfAnotherGrantAddress() throws IOException {
        // The works center's roof is addressed by WP-01, charged to grant A; its toilets by WP-02,
        // charged to grant B.
        try (XSSFWorkbook eu =
                download(
                        Map.of(
                                "center",
                                story().works(),
                                "fundingSource",
                                story().grantB(),
                                "lang",
                                "en"))) {
            Sheet findings = eu.getSheetAt(0);
            assertTrue(hasText(findings, "Funding source: " + story().grantB()));
            assertTrue(hasText(findings, "Too few toilets for women"));
            assertTrue(!hasText(findings, "Leaking roof over the main dormitory"));
        }
        try (XSSFWorkbook all = download(Map.of("center", story().works(), "lang", "en"))) {
            assertTrue(hasText(all.getSheetAt(0), "Leaking roof over the main dormitory"));
            assertTrue(hasText(all.getSheetAt(0), "Funding source: all"));
        }
    }

    @Test
    void filteredToAFundingSourceShowsOnlyTheCentersItFunds() throws IOException {
        String funded = TestCenters.create();
        String grant = TestFunding.grant("1000.00", "USD");
        TestFunding.allocate(grant, funded, "1000.00", "USD");
        try (XSSFWorkbook workbook = download(Map.of("fundingSource", grant, "lang", "en"))) {
            Sheet summary = workbook.getSheetAt(1);
            assertTrue(hasText(summary, funded));
            assertTrue(!hasText(summary, story().works()), "a center the grant does not fund");
        }
    }

    @Test
    void eachFindingCarriesItsDatesPhotosDollarsAndALinkToItsPage() throws IOException {
        String center = TestCenters.create();
        long evaluation =
                TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 10));
        Map<String, Object> body = TestEvaluations.findingBody();
        body.put("description", "Two toilets for sixty women");
        long finding =
                given().contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/evaluations/{id}/findings", evaluation)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        Map<String, Object> unpriced = TestEvaluations.findingBody();
        unpriced.put("title", "Priced in a currency without a rate");
        unpriced.put("estimatedCost", Map.of("amount", "1000.00", "currency", "XAU"));
        given().contentType(ContentType.JSON)
                .body(unpriced)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(201);
        for (int i = 0; i < 2; i++) {
            given().multiPart(
                            "file",
                            "toilets.jpg",
                            org.rehabtrack.system.TestPhotos.image("jpg"),
                            "image/jpeg")
                    .post("/api/findings/{id}/photos", finding)
                    .then()
                    .statusCode(201);
        }
        java.time.LocalDate today =
                java.time.LocalDate.now(java.time.ZoneId.of("America/Tegucigalpa"));
        // A rate of the lempira of the test's own (or of that day already recorded) up to today.
        org.rehabtrack.system.TestRates.hnl(today.minusDays(1).toString(), "26.490000");
        var rates =
                given().queryParam("currency", "HNL")
                        .queryParam("to", today.toString())
                        .get("/api/exchange-rates")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        java.util.List<Object> units = rates.getList("unitsPerUsd");
        java.util.List<String> dates = rates.getList("date", String.class);
        assertTrue(!dates.isEmpty(), "the lempira has rates");
        int latest = 0;
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).compareTo(dates.get(latest)) > 0) {
                latest = i;
            }
        }
        java.math.BigDecimal usd =
                new java.math.BigDecimal("125000.50")
                        .divide(
                                new java.math.BigDecimal(String.valueOf(units.get(latest))),
                                2,
                                java.math.RoundingMode.HALF_UP);

        try (XSSFWorkbook workbook = download(center, "en")) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int header = headerRow(sheet, "Center");
            Row columns = sheet.getRow(header);
            assertEquals(
                    java.util.List.of(
                            "Center",
                            "Evaluation date",
                            "Category",
                            "Severity",
                            "Title",
                            "Description",
                            "Recommendation",
                            "Location",
                            "Logged",
                            "Status",
                            "Status date",
                            "Estimated cost",
                            "Currency",
                            "Estimated cost (USD)",
                            "Works package",
                            "Photos",
                            "Link"),
                    java.util.stream.StreamSupport.stream(columns.spliterator(), false)
                            .map(Cell::getStringCellValue)
                            .toList());
            Row row = null;
            Row other = null;
            for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
                String title = sheet.getRow(i).getCell(Findings.TITLE.index()).getStringCellValue();
                if (title.equals("Too few toilets")) {
                    row = sheet.getRow(i);
                } else if (title.equals("Priced in a currency without a rate")) {
                    other = sheet.getRow(i);
                }
            }
            assertNotNull(row);
            assertEquals(
                    "Two toilets for sixty women",
                    row.getCell(Findings.DESCRIPTION.index()).getStringCellValue());
            assertEquals(
                    "Build four more",
                    row.getCell(Findings.RECOMMENDATION.index()).getStringCellValue());
            assertEquals(
                    today,
                    row.getCell(Findings.LOGGED_DATE.index())
                            .getLocalDateTimeCellValue()
                            .toLocalDate());
            assertEquals("Open", row.getCell(Findings.STATUS.index()).getStringCellValue());
            assertEquals(
                    today,
                    row.getCell(Findings.STATUS_DATE.index())
                            .getLocalDateTimeCellValue()
                            .toLocalDate());
            assertEquals(
                    125000.50,
                    row.getCell(Findings.ESTIMATED_COST.index()).getNumericCellValue(),
                    0.001);
            assertEquals("HNL", row.getCell(Findings.CURRENCY.index()).getStringCellValue());
            assertEquals(
                    usd.doubleValue(),
                    row.getCell(Findings.USD_EQUIVALENT.index()).getNumericCellValue(),
                    0.001);
            assertEquals(
                    "#,##0.00",
                    row.getCell(Findings.USD_EQUIVALENT.index())
                            .getCellStyle()
                            .getDataFormatString());
            assertEquals(2.0, row.getCell(Findings.PHOTOS.index()).getNumericCellValue());
            Cell link = row.getCell(Findings.LINK.index());
            assertNotNull(link.getHyperlink(), "a real link");
            assertEquals(
                    org.apache.poi.common.usermodel.HyperlinkType.URL,
                    link.getHyperlink().getType());
            String address = link.getHyperlink().getAddress();
            assertTrue(
                    address.matches("https?://[^/]+/centers/" + center + "#f" + finding), address);
            assertEquals("Open in RehabTrack", link.getStringCellValue());

            assertNotNull(other);
            assertEquals("XAU", other.getCell(Findings.CURRENCY.index()).getStringCellValue());
            assertEquals(0.0, other.getCell(Findings.PHOTOS.index()).getNumericCellValue());
            Cell noRate = other.getCell(Findings.USD_EQUIVALENT.index());
            assertTrue(
                    noRate == null || noRate.getCellType() == CellType.BLANK,
                    "no rate, no dollars");
        }
        // The link's fragment is the finding's element on its center's page.
        org.rehabtrack.system.TestSessions.page("manager")
                .get("/centers/{code}", center)
                .then()
                .statusCode(200)
                .body(containsString("id=\"f" + finding + "\""));
    }
}

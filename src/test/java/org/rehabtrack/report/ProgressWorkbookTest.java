package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.ProgressColumns.Curve;
import org.rehabtrack.report.ProgressColumns.Milestones;
import org.rehabtrack.report.ProgressColumns.Summary;
import org.rehabtrack.report.ProgressColumns.Timeline;
import org.rehabtrack.report.ProgressColumns.Works;
import org.rehabtrack.system.TestPortfolio;

@QuarkusTest
class ProgressWorkbookTest {

    /** The portfolio story these tests read, told once for the class. */
    private static TestPortfolio.Portfolio story;

    private static TestPortfolio.Portfolio story() {
        if (story == null) {
            story = TestPortfolio.build();
        }
        return story;
    }

    private static XSSFWorkbook download(String lang) throws IOException {
        byte[] bytes =
                given().queryParam("center", story().works())
                        .queryParam("center", story().project())
                        .queryParam("statusDate", "2026-11-28")
                        .queryParam("lang", lang)
                        .get("/api/reports/progress.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The row of a center: each sheet read this way (summary, works) begins with the center. */
    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(Summary.CENTER.index());
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
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
            assertEquals("S-curve", workbook.getSheetName(4));
            Sheet summary = workbook.getSheetAt(0);
            boolean ruleWritten = false;
            for (Row row : summary) {
                Cell cell = row.getCell(0); // the title block's lines, above the columns
                ruleWritten |=
                        cell != null
                                && cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().startsWith("Status rule: RED");
            }
            assertTrue(ruleWritten);
            Row sps = rowStartingWith(summary, story().works());
            assertEquals("Works", sps.getCell(Summary.PHASE.index()).getStringCellValue());
            assertEquals(
                    CellType.NUMERIC, sps.getCell(Summary.PHYSICAL_PROGRESS.index()).getCellType());
            // The story's custom water-tank milestone is late on 2026-11-28, so the center is red.
            assertEquals(
                    1, (int) sps.getCell(Summary.LATE_MILESTONES.index()).getNumericCellValue());
            assertEquals("RED", sps.getCell(Summary.RAG.index()).getStringCellValue());
        }
    }

    @Test
    void shadesEachPackagesPlannedAndActualMonthsOnTheTimeline() throws IOException {
        try (XSSFWorkbook workbook = download("en")) {
            Sheet timeline = workbook.getSheetAt(3);
            Row header = null;
            for (Row row : timeline) {
                Cell cell = row.getCell(Timeline.CENTER.index());
                if (cell != null
                        && cell.getCellType() == CellType.STRING
                        && "Center".equals(cell.getStringCellValue())) {
                    header = row;
                }
            }
            assertTrue(header != null);
            int june = -1;
            int october = -1;
            for (Cell cell : header) {
                june = "2026-06".equals(cell.getStringCellValue()) ? cell.getColumnIndex() : june;
                october =
                        "2026-10".equals(cell.getStringCellValue())
                                ? cell.getColumnIndex()
                                : october;
            }
            // The works center's WP-01: planned 2026-06-15 to 2026-09-30 (+15 days approved), built
            // 2026-06-15 to 2026-10-20.
            Row roof = null;
            for (Row row : timeline) {
                Cell code = row.getCell(Timeline.CODE.index());
                if (row.getCell(Timeline.CENTER.index()) != null
                        && story().works()
                                .equals(row.getCell(Timeline.CENTER.index()).getStringCellValue())
                        && code != null
                        && "WP-01".equals(code.getStringCellValue())) {
                    roof = row;
                }
            }
            assertEquals("PA", roof.getCell(june).getStringCellValue());
            assertEquals("PA", roof.getCell(october).getStringCellValue());
            assertTrue(
                    roof.getCell(october).getCellStyle().getFillPattern()
                            != org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
        }
    }

    @Test
    void listsMilestonesWithSlipAndStatusAtTheStatusDate() throws IOException {
        try (XSSFWorkbook workbook = download("es")) {
            Sheet milestones = workbook.getSheetAt(1);
            assertEquals("Hitos", milestones.getSheetName());
            int late = 0;
            for (Row row : milestones) {
                Cell status = row.getCell(Milestones.STATUS.index());
                if (status != null && "Atrasado".equals(status.getStringCellValue())) {
                    late++;
                }
            }
            assertTrue(late >= 2, "late milestones: " + late);
            Row works = rowStartingWith(workbook.getSheetAt(2), story().works());
            assertTrue(works.getCell(Works.STATUS.index()).getStringCellValue().length() > 0);
        }
    }

    @Test
    void drawsThePlannedAndActualSCurveWhoseStatusDatePointIsTheCentersEarnedValue()
            throws IOException {
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal ev = BigDecimal.ZERO;
        BigDecimal bac = BigDecimal.ZERO;
        for (String center : List.of(story().works(), story().project())) {
            var json =
                    given().queryParam("statusDate", "2026-11-28")
                            .get("/api/centers/" + center + "/budget")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            pv = pv.add(new BigDecimal(json.getString("earnedValue.pv.amount")));
            ev = ev.add(new BigDecimal(json.getString("earnedValue.ev.amount")));
            bac = bac.add(new BigDecimal(json.getString("earnedValue.bac.amount")));
        }
        try (XSSFWorkbook workbook = download("en")) {
            XSSFSheet curve = workbook.getSheet("S-curve");
            Row statusDate = null;
            double previous = 0;
            for (Row row : curve) {
                Cell date = row.getCell(Curve.DATE.index());
                if (date != null && date.getCellType() == CellType.NUMERIC) {
                    double planned =
                            row.getCell(Curve.PLANNED_CUMULATIVE.index()).getNumericCellValue();
                    assertTrue(planned >= previous, "planned never falls");
                    previous = planned;
                    if (date.getLocalDateTimeCellValue()
                            .toLocalDate()
                            .equals(LocalDate.parse("2026-11-28"))) {
                        statusDate = row;
                    }
                }
            }
            assertEquals(1.0, previous, 1e-9, "planned ends at the whole budget");
            assertEquals(
                    pv.doubleValue(),
                    statusDate.getCell(Curve.PLANNED_VALUE_USD.index()).getNumericCellValue(),
                    0.001);
            assertEquals(
                    ev.doubleValue(),
                    statusDate.getCell(Curve.EARNED_VALUE_USD.index()).getNumericCellValue(),
                    0.001);
            assertEquals(
                    ev.doubleValue() / bac.doubleValue(),
                    statusDate.getCell(Curve.ACTUAL_CUMULATIVE.index()).getNumericCellValue(),
                    1e-6);
            assertEquals(
                    "0.00%",
                    statusDate
                            .getCell(Curve.ACTUAL_CUMULATIVE.index())
                            .getCellStyle()
                            .getDataFormatString());

            XSSFChart chart = curve.getDrawingPatriarch().getCharts().get(0);
            assertEquals(
                    "Planned and actual cumulative progress", chart.getTitleText().getString());
            assertEquals(2, chart.getChartSeries().get(0).getSeriesCount());
            assertTrue(
                    chart.getChartSeries().get(0) instanceof XDDFScatterChartData,
                    "drawn on a date axis");
        }
    }

    @Test
    void filteredToAFundingSourceShowsOnlyTheWorksItFunds() throws IOException {
        byte[] bytes =
                given().queryParam("center", story().works())
                        .queryParam("fundingSource", story().grantA())
                        .queryParam("statusDate", "2026-11-28")
                        .queryParam("lang", "en")
                        .get("/api/reports/progress.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> codes = new java.util.ArrayList<>();
            for (Row row : workbook.getSheetAt(2)) {
                Cell center = row.getCell(Works.CENTER.index());
                if (center != null && story().works().equals(center.getStringCellValue())) {
                    codes.add(row.getCell(Works.CODE.index()).getStringCellValue());
                }
            }
            // The story charges WP-01, WP-04 and WP-06 of the works center to grant A; the others
            // to
            // grant B.
            assertEquals(List.of("WP-01", "WP-04", "WP-06"), codes);
            var api =
                    given().queryParam("statusDate", "2026-11-28")
                            .get("/api/centers/" + story().works() + "/budget")
                            .then()
                            .extract()
                            .jsonPath();
            // Financial execution of grant A alone: what it paid over what it allocated.
            double allocated =
                    Double.parseDouble(
                            api.getString(
                                    "byFundingSource.find { it.fundingSource == '"
                                            + story().grantA()
                                            + "' }.allocatedUsd.amount"));
            double spent =
                    Double.parseDouble(
                            api.getString(
                                    "byFundingSource.find { it.fundingSource == '"
                                            + story().grantA()
                                            + "' }.spentUsd.amount"));
            Row summary = rowStartingWith(workbook.getSheetAt(0), story().works());
            assertEquals(
                    Math.round(spent * 10000 / allocated) / 100.0,
                    summary.getCell(Summary.FINANCIAL_EXECUTION.index()).getNumericCellValue(),
                    1e-9);
            assertTrue(
                    Math.abs(
                                    summary.getCell(Summary.FINANCIAL_EXECUTION.index())
                                                    .getNumericCellValue()
                                            - Double.parseDouble(
                                                    api.getString("financialExecution")))
                            > 0.01,
                    "not that of the whole center");
        }
    }

    @Test
    void showsAContractInLempirasInDollarsAtTheRateOfTheCutOffDateAndNeverAddsTwoCurrencies()
            throws IOException {
        try (XSSFWorkbook workbook = download("en")) {
            Sheet works = workbook.getSheetAt(2);
            Row header = null;
            int lempiras = 0;
            for (Row row : works) {
                Cell first = row.getCell(Works.CENTER.index());
                if (first != null
                        && first.getCellType() == CellType.STRING
                        && "Center".equals(first.getStringCellValue())) {
                    header = row;
                    assertEquals(
                            "Currency", row.getCell(Works.CURRENCY.index()).getStringCellValue());
                    assertEquals(
                            "Revised amount (USD)",
                            row.getCell(Works.REVISED_CONTRACT_AMOUNT_USD.index())
                                    .getStringCellValue());
                    assertEquals(
                            "Units per USD",
                            row.getCell(Works.UNITS_PER_USD.index()).getStringCellValue());
                    assertEquals(
                            "Rate date", row.getCell(Works.RATE_DATE.index()).getStringCellValue());
                } else if (header != null
                        && row.getCell(Works.CURRENCY.index()) != null
                        && "HNL".equals(row.getCell(Works.CURRENCY.index()).getStringCellValue())
                        && row.getCell(Works.REVISED_CONTRACT_AMOUNT.index()) != null) {
                    lempiras++;
                    double revised =
                            row.getCell(Works.REVISED_CONTRACT_AMOUNT.index())
                                    .getNumericCellValue();
                    double rate = row.getCell(Works.UNITS_PER_USD.index()).getNumericCellValue();
                    assertTrue(rate > 1, "units per dollar " + rate);
                    assertEquals(
                            revised / rate,
                            row.getCell(Works.REVISED_CONTRACT_AMOUNT_USD.index())
                                    .getNumericCellValue(),
                            0.01);
                    assertTrue(
                            !row.getCell(Works.RATE_DATE.index())
                                    .getLocalDateTimeCellValue()
                                    .toLocalDate()
                                    .isAfter(LocalDate.parse("2026-11-28")));
                }
            }
            assertTrue(lempiras > 0, "the story has contracts in lempiras");
        }
    }

    @Test
    void thePortfolioAsOfAnEarlierDateShowsThePhasesAndStatusOfThatDate() throws IOException {
        byte[] bytes =
                given().queryParam("center", story().works())
                        .queryParam("center", story().partnership())
                        .queryParam("statusDate", "2026-03-31")
                        .queryParam("lang", "en")
                        .get("/api/reports/progress.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row sps = rowStartingWith(workbook.getSheetAt(0), story().works());
            assertEquals(
                    "Preliminary project", sps.getCell(Summary.PHASE.index()).getStringCellValue());
            // The partnership center was registered in August: it was not yet followed.
            for (Row row : workbook.getSheetAt(0)) {
                Cell first = row.getCell(Summary.CENTER.index());
                assertTrue(
                        first == null
                                || first.getCellType() != CellType.STRING
                                || !story().partnership().equals(first.getStringCellValue()));
            }
            // Its tendering began on 2026-05-04 and the works on 2026-06-15: still planned, no
            // actual start.
            Row roof = null;
            for (Row row : workbook.getSheetAt(2)) {
                if (row.getCell(Works.CODE.index()) != null
                        && "WP-01".equals(row.getCell(Works.CODE.index()).getStringCellValue())) {
                    roof = row;
                }
            }
            assertEquals("Planned", roof.getCell(Works.STATUS.index()).getStringCellValue());
            assertEquals(
                    CellType.BLANK,
                    roof.getCell(Works.ACTUAL_START.index()) == null
                            ? CellType.BLANK
                            : roof.getCell(Works.ACTUAL_START.index()).getCellType());
        }
    }
}

package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.BudgetColumns.Budget;
import org.rehabtrack.report.BudgetColumns.ByCenter;
import org.rehabtrack.report.BudgetColumns.Transactions;
import org.rehabtrack.system.TestPortfolio;

@QuarkusTest
class BudgetReportTest {

    /** The portfolio story these tests read, told once for the class. */
    private static TestPortfolio.Portfolio story;

    private static TestPortfolio.Portfolio story() {
        if (story == null) {
            story = TestPortfolio.build();
        }
        return story;
    }

    private static final String STATUS_DATE = "2026-11-28";

    private static XSSFWorkbook download(String lang, String fundingSource) throws IOException {
        var request =
                given().queryParam("center", story().works())
                        .queryParam("statusDate", STATUS_DATE)
                        .queryParam("lang", lang);
        if (fundingSource != null) {
            request = request.queryParam("fundingSource", fundingSource);
        }
        byte[] bytes =
                request.get("/api/reports/budget.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** A row by its first cell: a center's, or a subtotal's or the total's label. */
    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
    }

    @Test
    void totalsAgreeWithTheApiAndWithARecalculation() throws IOException {
        JsonPath api =
                given().queryParam("statusDate", STATUS_DATE)
                        .get("/api/centers/" + story().works() + "/budget")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        try (XSSFWorkbook workbook = download("en", null)) {
            assertEquals("Budget", workbook.getSheetName(0));
            assertEquals("Transactions", workbook.getSheetName(1));
            Row total = rowStartingWith(workbook.getSheetAt(0), "Total");
            assertEquals(
                    Double.parseDouble(api.getString("budget.amount")),
                    total.getCell(Budget.BUDGET_USD.index()).getNumericCellValue(),
                    0.001);
            assertEquals(
                    Double.parseDouble(api.getString("committed.amount")),
                    total.getCell(Budget.COMMITTED_USD.index()).getNumericCellValue(),
                    0.001);
            assertEquals(
                    Double.parseDouble(api.getString("spent.amount")),
                    total.getCell(Budget.SPENT_TO_DATE_USD.index()).getNumericCellValue(),
                    0.001);
            assertEquals(
                    Double.parseDouble(api.getString("available.amount")),
                    total.getCell(Budget.AVAILABLE_USD.index()).getNumericCellValue(),
                    0.001);
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertEquals(
                                    cell.getNumericCellValue(),
                                    evaluator.evaluate(cell).getNumberValue(),
                                    0.005,
                                    sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPeriodListsItsOwnPaymentsAndStillCountsEveryOneToDate() throws IOException {
        // The works center's payments run from June to October 2026: the third quarter holds four
        // of them, one was made before it and two after it, all before the status date.
        JsonPath api =
                given().queryParam("statusDate", STATUS_DATE)
                        .get("/api/centers/" + story().works() + "/budget")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        byte[] bytes =
                given().queryParam("center", story().works())
                        .queryParam("statusDate", STATUS_DATE)
                        .queryParam("from", "2026-07-01")
                        .queryParam("to", "2026-09-30")
                        .queryParam("lang", "en")
                        .get("/api/reports/budget.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet transactions = workbook.getSheetAt(1);
            int payments = 0;
            for (Row row : transactions) {
                Cell date = row.getCell(Transactions.DATE.index());
                if (date != null && date.getCellType() == CellType.NUMERIC) {
                    String day = date.getLocalDateTimeCellValue().toLocalDate().toString();
                    assertTrue(
                            day.compareTo("2026-07-01") >= 0 && day.compareTo("2026-09-30") <= 0,
                            day);
                    payments++;
                }
            }
            assertEquals(4, payments);
            Row total = rowStartingWith(workbook.getSheetAt(0), "Total");
            double listed =
                    rowStartingWith(transactions, "Total")
                            .getCell(Transactions.USD.index())
                            .getNumericCellValue();
            assertEquals(
                    listed,
                    total.getCell(Budget.SPENT_PERIOD_USD.index()).getNumericCellValue(),
                    0.001,
                    "spent in the period");
            assertEquals(
                    Double.parseDouble(api.getString("spent.amount")),
                    total.getCell(Budget.SPENT_TO_DATE_USD.index()).getNumericCellValue(),
                    0.001,
                    "spent to date");
            assertTrue(
                    total.getCell(Budget.SPENT_TO_DATE_USD.index()).getNumericCellValue()
                            > listed + 1,
                    "payments outside the period count to date");
        }
    }

    @Test
    void aPeriodWithoutPaymentsTotalsZeroRatherThanReferringToItself() throws IOException {
        // The works center's first payment is in June 2026: the first quarter holds none, so the
        // transactions' total row follows the header at once; a SUM over that row would be its own
        // circular reference, an error in every spreadsheet.
        byte[] bytes =
                given().queryParam("center", story().works())
                        .queryParam("statusDate", STATUS_DATE)
                        .queryParam("from", "2026-01-01")
                        .queryParam("to", "2026-03-31")
                        .queryParam("lang", "en")
                        .get("/api/reports/budget.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Cell total =
                    rowStartingWith(workbook.getSheetAt(1), "Total")
                            .getCell(Transactions.USD.index());
            var value = workbook.getCreationHelper().createFormulaEvaluator().evaluate(total);
            assertEquals(CellType.NUMERIC, value.getCellType(), String.valueOf(value));
            assertEquals(0, value.getNumberValue(), 0.0);
        }
    }

    @Test
    void chartsBudgetAgainstSpentByCenter() throws IOException {
        try (XSSFWorkbook workbook = download("en", null)) {
            assertEquals("By center", workbook.getSheetName(2));
            org.apache.poi.xssf.usermodel.XSSFSheet byCenter = workbook.getSheetAt(2);
            Row sps = rowStartingWith(byCenter, story().works());
            assertEquals(CellType.FORMULA, sps.getCell(ByCenter.BUDGET_USD.index()).getCellType());
            Row subtotal = rowStartingWith(workbook.getSheetAt(0), "Subtotal " + story().works());
            assertEquals(
                    subtotal.getCell(Budget.BUDGET_USD.index()).getNumericCellValue(),
                    sps.getCell(ByCenter.BUDGET_USD.index()).getNumericCellValue(),
                    0.001);
            var charts = byCenter.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            assertEquals(2, charts.get(0).getChartSeries().get(0).getSeriesCount());
        }
    }

    @Test
    void listsEachPaymentWithItsCurrencyRateAndDollars() throws IOException {
        try (XSSFWorkbook workbook = download("en", null)) {
            Sheet transactions = workbook.getSheetAt(1);
            boolean sawLempiras = false;
            for (Row row : transactions) {
                Cell currency = row.getCell(Transactions.CURRENCY.index());
                if (currency != null && "HNL".equals(currency.getStringCellValue())) {
                    sawLempiras = true;
                    double amount = row.getCell(Transactions.AMOUNT.index()).getNumericCellValue();
                    double rate =
                            row.getCell(Transactions.UNITS_PER_USD.index()).getNumericCellValue();
                    double usd = row.getCell(Transactions.USD.index()).getNumericCellValue();
                    assertEquals(amount / rate, usd, 0.01);
                    assertEquals(
                            CellType.NUMERIC,
                            row.getCell(Transactions.RATE_DATE.index()).getCellType());
                }
            }
            assertTrue(sawLempiras);
        }
    }

    @Test
    void filteredToOneFundingSourceHoldsNothingOfAnother() throws IOException {
        try (XSSFWorkbook workbook = download("en", story().grantB())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertFalse(
                                    cell.getStringCellValue().contains(story().donorA())
                                            || cell.getStringCellValue().contains(story().grantA()),
                                    sheet.getSheetName() + "!" + cell.getAddress());
                            assertFalse(
                                    cell.getStringCellValue().equals("HNL"),
                                    sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
            Row total = rowStartingWith(workbook.getSheetAt(0), "Total");
            assertEquals(
                    380000.00,
                    total.getCell(Budget.BUDGET_USD.index()).getNumericCellValue(),
                    0.001);
        }
    }

    @Test
    void eachFundingSourceHoldsItsOwnShareOfEveryFigure() throws IOException {
        // Every package of the works center is charged to one of its two grants, so their reports
        // add up to the unfiltered one, figure by figure: budget, committed, spent in the period
        // and to date.
        try (XSSFWorkbook all = download("en", null);
                XSSFWorkbook eu = download("en", story().grantB());
                XSSFWorkbook cosude = download("en", story().grantA())) {
            Row total = rowStartingWith(all.getSheetAt(0), "Total");
            Row euTotal = rowStartingWith(eu.getSheetAt(0), "Total");
            Row cosudeTotal = rowStartingWith(cosude.getSheetAt(0), "Total");
            for (Budget column :
                    java.util.EnumSet.range(Budget.BUDGET_USD, Budget.SPENT_TO_DATE_USD)) {
                assertEquals(
                        total.getCell(column.index()).getNumericCellValue(),
                        euTotal.getCell(column.index()).getNumericCellValue()
                                + cosudeTotal.getCell(column.index()).getNumericCellValue(),
                        0.005,
                        "column " + column);
            }
            assertTrue(
                    euTotal.getCell(Budget.COMMITTED_USD.index()).getNumericCellValue() > 0,
                    "the EU grant has committed contracts");
            assertTrue(
                    cosudeTotal.getCell(Budget.COMMITTED_USD.index()).getNumericCellValue() > 0,
                    "so has grant A");
        }
    }

    @Test
    void speaksSpanishWhenAsked() throws IOException {
        try (XSSFWorkbook workbook = download("es", null)) {
            assertEquals("Presupuesto", workbook.getSheetName(0));
            assertEquals("Transacciones", workbook.getSheetName(1));
            assertEquals(
                    "Presupuesto y gastos",
                    workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            rowStartingWith(workbook.getSheetAt(0), "Centro");
        }
    }

    @Test
    void refusesAnUnknownFundingSourceOrAReversedPeriod() {
        given().queryParam("fundingSource", "NOPE")
                .get("/api/reports/budget.xlsx")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("from", "2026-05-01")
                .queryParam("to", "2026-01-01")
                .get("/api/reports/budget.xlsx")
                .then()
                .statusCode(400);
    }
}

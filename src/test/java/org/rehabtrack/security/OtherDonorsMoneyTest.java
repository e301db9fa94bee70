package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.report.BudgetColumns.Budget;
import org.rehabtrack.report.HistoryColumns.History;
import org.rehabtrack.report.ReportColumn;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestWorks;

/**
 * Two donors fund one center: each sees its own grant in full, and the other's money only as one
 * line of other funding, on every surface (JSON, pages, workbooks, history). A State partner party
 * to the center sees the whole budget.
 */
@QuarkusTest
class OtherDonorsMoneyTest {

    private static final String PASSWORD = SignInTest.PASSWORD;

    private String center;
    private String donorA;
    private String donorB;
    private String grantA;
    private String grantB;
    private long allocationB;
    private long packageB;
    private long paymentA;
    private long paymentB;
    private String userA;

    @BeforeEach
    void twoDonorsFundOneCenter() {
        center = TestCenters.create();
        donorA = TestFunding.donor();
        donorB = TestFunding.donor();
        grantA = TestFunding.grant("1000.00", "USD", donorA);
        grantB = TestFunding.grant("2000.00", "USD", donorB);
        TestFunding.allocate(grantA, center, "500.00", "USD");
        allocationB =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "center",
                                        center,
                                        "category",
                                        "EQUIPMENT",
                                        "amount",
                                        Map.of("amount", "800.00", "currency", "USD")))
                        .post("/api/funding-sources/{code}/allocations", grantB)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long packageA = TestWorks.planned(center, "PKG-A", List.of());
        Map<String, Object> body = TestWorks.body("PKG-B");
        body.put("fundingSource", grantB);
        packageB =
                given().contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/centers/{code}/work-packages", center)
                        .then()
                        .statusCode(201)
                        .body("fundingSource", equalTo(grantB))
                        .extract()
                        .jsonPath()
                        .getLong("id");
        paymentA = pay(packageA, "100.00", grantA);
        paymentB = pay(packageB, "300.00", grantB);
        userA = SignInTest.createUser("DONOR", donorA).getKey();
    }

    private static long pay(long workPackage, String amount, String grant) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", "2026-02-01");
        body.put("amount", Map.of("amount", amount, "currency", "USD"));
        body.put("fundingSource", grant);
        body.put("reference", "FAC-" + grant);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/work-packages/{id}/expenditures", workPackage)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private RequestSpecification asA() {
        return given().auth().preemptive().basic(userA, PASSWORD);
    }

    /** Whether an answer or page names donor B's grant or donor B. */
    private boolean namesB(String text) {
        return text.contains(grantB) || text.contains(donorB);
    }

    @Test
    void theBudgetShowsAnotherDonorsMoneyAsOneLineOfOtherFundingAndTheTotalsStayRight() {
        String json =
                asA().get("/api/centers/{code}/budget", center)
                        .then()
                        .statusCode(200)
                        .body("budget.amount", equalTo("1300.00"))
                        .body("spent.amount", equalTo("400.00"))
                        .body("available.amount", equalTo("900.00"))
                        .body("byFundingSource", hasSize(2))
                        .body("byFundingSource[0].fundingSource", equalTo(grantA))
                        .body("byFundingSource[0].donor", equalTo(donorA))
                        .body("byFundingSource[0].allocated.amount", equalTo("500.00"))
                        .body("byFundingSource[0].spent.amount", equalTo("100.00"))
                        .body("byFundingSource[0].otherFunding", equalTo(false))
                        .body("byFundingSource[1].fundingSource", nullValue())
                        .body("byFundingSource[1].donor", nullValue())
                        .body("byFundingSource[1].otherFunding", equalTo(true))
                        .body("byFundingSource[1].allocatedUsd.amount", equalTo("800.00"))
                        .body("byFundingSource[1].spentUsd.amount", equalTo("300.00"))
                        .extract()
                        .asString();
        assertFalse(namesB(json), json);
        // The manager sees both grants, by name.
        given().get("/api/centers/{code}/budget", center)
                .then()
                .body(
                        "byFundingSource.fundingSource",
                        containsInAnyOrder(grantA, grantB)) // by code, as the database sorts it
                .body("byFundingSource.otherFunding", contains(false, false));

        String portfolio =
                asA().get("/api/budget")
                        .then()
                        .statusCode(200)
                        .body(
                                "centers.find { it.center == '" + center + "' }.budget.amount",
                                equalTo("1300.00"))
                        .extract()
                        .asString();
        assertFalse(namesB(portfolio), portfolio);
        String grants =
                asA().get("/api/funding-sources")
                        .then()
                        .statusCode(200)
                        .body("code", contains(grantA))
                        .extract()
                        .asString();
        assertFalse(namesB(grants), grants);
        asA().get("/api/funding-sources/{code}", grantB).then().statusCode(404);
    }

    @Test
    void aDonorSeesItsOwnPaymentsNotAnotherDonorsNorItsGrantOnAPackage() {
        asA().get("/api/expenditures/{id}", paymentA)
                .then()
                .statusCode(200)
                .body("fundingSource", equalTo(grantA));
        asA().get("/api/expenditures/{id}", paymentB).then().statusCode(404);
        String payments =
                asA().get("/api/work-packages/{id}/expenditures", packageB)
                        .then()
                        .statusCode(200)
                        .body("", hasSize(0))
                        .extract()
                        .asString();
        assertFalse(namesB(payments), payments);
        given().get("/api/work-packages/{id}/expenditures", packageB)
                .then()
                .body("id", contains((int) paymentB));

        asA().get("/api/work-packages/{id}", packageB)
                .then()
                .statusCode(200)
                .body("fundingSource", nullValue());
        String packages =
                asA().get("/api/centers/{code}/work-packages", center)
                        .then()
                        .statusCode(200)
                        .body("code", hasItem("PKG-B"))
                        .extract()
                        .asString();
        assertFalse(packages.contains("\"" + grantB + "\""), packages);
        given().get("/api/work-packages/{id}", packageB)
                .then()
                .body("fundingSource", equalTo(grantB));
    }

    @Test
    void theHistoryShowsADonorNoEntryOfAnotherDonorsAllocationOrPaymentNorItsGrant() {
        JsonPath manager =
                given().queryParam("size", 100)
                        .get("/api/centers/{code}/history", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertTrue(
                manager.getList("findAll { it.record == 'Expenditure' }.recordId")
                        .contains((int) paymentB));
        assertTrue(
                manager.getList("findAll { it.record == 'BudgetAllocation' }.recordId")
                        .contains((int) allocationB));
        String grantBId =
                manager.getString(
                        "find { it.record == 'WorkPackage' && it.recordId == "
                                + packageB
                                + " }.changes.find { it.field == 'fundingSource' }.value");
        assertNotNull(grantBId);

        JsonPath donor =
                asA().queryParam("size", 100)
                        .get("/api/centers/{code}/history", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertTrue(
                donor.getList("findAll { it.record == 'Expenditure' }.recordId")
                        .contains((int) paymentA));
        assertFalse(
                donor.getList("findAll { it.record == 'Expenditure' }.recordId")
                        .contains((int) paymentB));
        assertFalse(
                donor.getList("findAll { it.record == 'BudgetAllocation' }.recordId")
                        .contains((int) allocationB));
        List<Object> grantValues =
                donor.getList(
                        "findAll { it.record == 'WorkPackage' && it.recordId == "
                                + packageB
                                + " }.changes.flatten().findAll { it.field == 'fundingSource' }.value");
        assertFalse(grantValues.isEmpty());
        assertTrue(grantValues.stream().allMatch(v -> v == null), grantValues.toString());
    }

    /**
     * The center's page is kept between requests for each way of seeing money: the manager's, seen
     * first, is not the one the donor is shown, nor the donor's the manager's.
     */
    @Test
    void thePagesNameNeitherTheOtherGrantNorItsDonor() {
        assertTrue(managersPage().contains(grantB), "the manager's page names the package's grant");
        String session = TestSessions.signIn(userA, PASSWORD);
        for (String path : new String[] {"/centers/" + center, "/", "/reports"}) {
            String html =
                    given().auth()
                            .none()
                            .cookie(SessionAuthenticationMechanism.COOKIE, session)
                            .get(path)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            assertTrue(
                    html.contains(center) || path.equals("/reports") && html.contains(grantA),
                    path);
            assertFalse(namesB(html), path + " names the other donor's grant");
        }
        assertTrue(managersPage().contains(grantB), "the manager's page names the package's grant");
    }

    private String managersPage() {
        return given().auth()
                .none()
                .cookie(
                        SessionAuthenticationMechanism.COOKIE,
                        TestSessions.signIn(
                                "manager", org.rehabtrack.system.SignedInAsManager.DEMO_PASSWORD))
                .get("/centers/" + center)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void everyWorkbookShowsTheOtherMoneyOnlyAsOtherFunding() throws IOException {
        for (String report : new String[] {"budget", "progress", "findings"}) {
            byte[] workbook =
                    asA().queryParam("center", center)
                            .queryParam("lang", "en")
                            .get("/api/reports/" + report + ".xlsx")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray();
            List<String> cells = cells(workbook);
            assertTrue(cells.stream().anyMatch(c -> c.contains(center)), report);
            assertFalse(
                    cells.stream().anyMatch(this::namesB),
                    report + " names the other donor's grant");
        }
        byte[] history =
                asA().queryParam("lang", "en")
                        .get("/api/centers/{code}/history.xlsx", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertFalse(cells(history).stream().anyMatch(this::namesB), "the history workbook");
        assertFalse(
                lists(history, "Expenditure", paymentB),
                "the history workbook lists the other donor's payment");
        assertTrue(lists(history, "Expenditure", paymentA));
        assertTrue(
                lists(
                        given().get("/api/centers/{code}/history.xlsx", center)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asByteArray(),
                        "Expenditure",
                        paymentB),
                "the manager's history workbook lists both payments");

        byte[] budget =
                asA().queryParam("center", center)
                        .queryParam("lang", "es")
                        .get("/api/reports/budget.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(budget))) {
            Row other = rowWith(book.getSheetAt(0), Budget.FUNDING_SOURCE, "Otra financiación");
            assertNotNull(other, "an other-funding line");
            assertEquals(
                    800.0, other.getCell(Budget.BUDGET_USD.index()).getNumericCellValue(), 0.001);
            assertEquals(
                    300.0,
                    other.getCell(Budget.SPENT_TO_DATE_USD.index()).getNumericCellValue(),
                    0.001);
            Row own = rowWith(book.getSheetAt(0), Budget.FUNDING_SOURCE, grantA);
            assertEquals(
                    500.0, own.getCell(Budget.BUDGET_USD.index()).getNumericCellValue(), 0.001);
            List<String> transactions = new ArrayList<>();
            book.getSheetAt(1)
                    .forEach(row -> row.forEach(cell -> transactions.add(cell.toString())));
            assertTrue(transactions.contains(grantA));
            assertFalse(transactions.stream().anyMatch(this::namesB));
        }
        byte[] managers =
                given().queryParam("center", center)
                        .get("/api/reports/budget.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertTrue(cells(managers).contains(grantB), "the manager's workbook names both grants");
        assertFalse(
                cells(managers).stream()
                        .anyMatch(
                                c ->
                                        c.contains("Other funding")
                                                || c.contains("Otra financiación")));
    }

    @Test
    void aStatePartnerPartyToTheCenterSeesTheWholeBudget() {
        String state = TestPartners.institution();
        Map<String, Object> agreement = new HashMap<>();
        agreement.put("type", "MEMORANDUM_OF_UNDERSTANDING");
        agreement.put("title", "Memorando de prueba");
        agreement.put("parties", List.of(state, TestPartners.create("UN_AGENCY")));
        given().contentType(ContentType.JSON)
                .body(agreement)
                .post("/api/centers/{code}/agreements", center)
                .then()
                .statusCode(201);
        String partner = SignInTest.createUser("PARTNER", state).getKey();
        given().auth()
                .preemptive()
                .basic(partner, PASSWORD)
                .get("/api/centers/{code}/budget", center)
                .then()
                .statusCode(200)
                .body("budget.amount", equalTo("1300.00"))
                .body(
                        "byFundingSource.fundingSource",
                        containsInAnyOrder(grantA, grantB)) // by code, as the database sorts it
                .body("byFundingSource.donor", containsInAnyOrder(donorA, donorB))
                .body("byFundingSource.otherFunding", not(hasItem(true)));
        given().auth()
                .preemptive()
                .basic(partner, PASSWORD)
                .get("/api/work-packages/{id}", packageB)
                .then()
                .body("fundingSource", equalTo(grantB));
        given().auth()
                .preemptive()
                .basic(partner, PASSWORD)
                .queryParam("size", 100)
                .get("/api/centers/{code}/history", center)
                .then()
                .body("findAll { it.record == 'Expenditure' }.recordId", hasItem((int) paymentB))
                .body(containsString("BudgetAllocation"));
    }

    /** Whether a history workbook has a row of this record and id. */
    private static boolean lists(byte[] workbook, String record, long id) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Row row : book.getSheetAt(0)) {
                Cell kind = row.getCell(History.RECORD.index());
                Cell recordId = row.getCell(History.RECORD_ID.index());
                if (kind != null
                        && recordId != null
                        && kind.getCellType() == CellType.STRING
                        && kind.getStringCellValue().equals(record)
                        && recordId.getCellType() == CellType.NUMERIC
                        && recordId.getNumericCellValue() == id) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first row of a sheet whose cell in a column reads the text. */
    private static Row rowWith(Sheet sheet, ReportColumn column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column.index());
            if (cell != null
                    && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().contains(text)) {
                return row;
            }
        }
        return null;
    }

    /** Every cell of every sheet, as text. */
    private static List<String> cells(byte[] workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.toString());
                    }
                }
            }
        }
        return cells;
    }
}

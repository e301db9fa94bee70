package org.rehabtrack.works;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;

@QuarkusTest
public class ExpenditureResourceTest {

    private static final String PROBLEM = "application/problem+json";

    /** A center with a package, a USD grant allocating 1,000.00 to it, and an HNL rate. */
    public record Setup(String center, long workPackage, String grant) {}

    public static Setup setup() {
        String center = TestCenters.create();
        long workPackage =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "code",
                                        "WP-01",
                                        "title",
                                        "Roof",
                                        "budget",
                                        Map.of("amount", "1000.00", "currency", "USD")))
                        .post("/api/centers/{code}/work-packages", center)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        String grant = TestFunding.grant("5000.00", "USD");
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "center",
                                center,
                                "category",
                                "CONSTRUCTION",
                                "amount",
                                Map.of("amount", "1000.00", "currency", "USD")))
                .post("/api/funding-sources/{code}/allocations", grant)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "currency",
                                "HNL",
                                "date",
                                "2026-01-05",
                                "unitsPerUsd",
                                "24.500000",
                                "source",
                                "BCH test"))
                .post("/api/exchange-rates")
                .then();
        return new Setup(center, workPackage, grant);
    }

    public static ValidatableResponse pay(
            long workPackage, String date, String amount, String currency, String grant) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("amount", Map.of("amount", amount, "currency", currency));
        body.put("fundingSource", grant);
        body.put("reference", "FAC-0001");
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/work-packages/{id}/expenditures", workPackage)
                .then();
    }

    @Test
    void convertsAPaymentInLempirasWithTheRateOfItsDateAndSaysWhichRate() {
        Setup s = setup();
        pay(s.workPackage(), "2026-01-10", "2450.00", "HNL", s.grant())
                .statusCode(201)
                .header("Location", containsString("/api/expenditures/"))
                .body("amount.amount", equalTo("2450.00"))
                .body("amount.currency", equalTo("HNL"))
                .body("usd.amount", equalTo("100.00"))
                .body("unitsPerUsd", equalTo(24.5f))
                .body("exchangeRate", notNullValue())
                .body("center", equalTo(s.center()));
        long rate =
                given().get("/api/work-packages/{id}/expenditures", s.workPackage())
                        .then()
                        .body("$", hasSize(1))
                        .extract()
                        .jsonPath()
                        .getLong("[0].exchangeRate");
        given().get("/api/exchange-rates/{id}", rate)
                .then()
                .statusCode(200)
                .body("date", equalTo("2026-01-05"))
                .body("source", equalTo("BCH test"));
    }

    private static ValidatableResponse chargePackage(long workPackage, Map<String, Object> line) {
        long version =
                given().get("/api/work-packages/{id}", workPackage)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("version");
        Map<String, Object> body = new HashMap<>(line);
        body.put("version", version);
        return given().contentType(ContentType.JSON)
                .body(body)
                .patch("/api/work-packages/{id}", workPackage)
                .then();
    }

    @Test
    void chargesAPaymentToItsPackagesGrantAndCategoryWhenItNamesNeither() {
        Setup s = setup();
        chargePackage(s.workPackage(), Map.of("fundingSource", s.grant(), "category", "EQUIPMENT"))
                .statusCode(200)
                .body("fundingSource", equalTo(s.grant()))
                .body("category", equalTo("EQUIPMENT"));
        Map<String, Object> body =
                Map.of(
                        "date",
                        "2026-02-01",
                        "amount",
                        Map.of("amount", "300.00", "currency", "USD"),
                        "reference",
                        "FAC-0002");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/work-packages/{id}/expenditures", s.workPackage())
                .then()
                .statusCode(201)
                .body("fundingSource", equalTo(s.grant()))
                .body("category", equalTo("EQUIPMENT"));
    }

    @Test
    void asksForTheGrantWhenNeitherThePaymentNorItsPackageNamesOne() {
        Setup s = setup();
        Map<String, Object> body =
                Map.of(
                        "date",
                        "2026-02-01",
                        "amount",
                        Map.of("amount", "300.00", "currency", "USD"),
                        "reference",
                        "FAC-0003");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/work-packages/{id}/expenditures", s.workPackage())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("fundingSource"));
        given().get("/api/work-packages/{id}/expenditures", s.workPackage())
                .then()
                .body("$", hasSize(0));
    }

    @Test
    void chargesAPackageOnlyToAGrantThatFundsItsCenter() {
        Setup s = setup();
        String elsewhere = TestFunding.grant("100.00", "USD");
        chargePackage(s.workPackage(), Map.of("fundingSource", elsewhere))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("fundingSource"))
                .body("errors[0].message", containsString(s.center()));
        chargePackage(s.workPackage(), Map.of("fundingSource", "NO-SUCH-GRANT"))
                .statusCode(400)
                .body("errors[0].field", equalTo("fundingSource"));
        given().get("/api/work-packages/{id}", s.workPackage())
                .then()
                .body("fundingSource", nullValue())
                .body("category", equalTo("CONSTRUCTION"));
    }

    @Test
    void paysInDollarsWithoutARate() {
        Setup s = setup();
        pay(s.workPackage(), "2026-02-01", "450.00", "USD", s.grant())
                .statusCode(201)
                .body("usd.amount", equalTo("450.00"))
                .body("exchangeRate", nullValue());
    }

    @Test
    void refusesAPaymentAboveTheRemainingAllocationWithTheFiguresAndStoresNothing() {
        Setup s = setup();
        pay(s.workPackage(), "2026-02-01", "900.00", "USD", s.grant()).statusCode(201);

        pay(s.workPackage(), "2026-02-02", "100.01", "USD", s.grant())
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/exceeds-funds"))
                .body("detail", containsString("100.00"))
                .body("detail", containsString("100.01"))
                .body("detail", containsString("1000.00"))
                .body("detail", containsString("900.00"));
        given().get("/api/work-packages/{id}/expenditures", s.workPackage())
                .then()
                .body("$", hasSize(1));
        pay(s.workPackage(), "2026-02-02", "100.00", "USD", s.grant()).statusCode(201);
    }

    @Test
    void countsAPaymentInLempirasAgainstADollarAllocation() {
        Setup s = setup();
        // 24,500.25 HNL at 24.5 = 1,000.01 USD: one cent over the allocation
        pay(s.workPackage(), "2026-01-10", "24500.25", "HNL", s.grant()).statusCode(409);
        pay(s.workPackage(), "2026-01-10", "24500.00", "HNL", s.grant())
                .statusCode(201)
                .body("usd.amount", equalTo("1000.00"));
    }

    @Test
    void refusesPaymentsWithoutARateInTheFutureOrFromUnknownGrants() {
        Setup s = setup();
        pay(s.workPackage(), "2026-01-10", "10.00", "GTQ", s.grant())
                .statusCode(409)
                .body("type", equalTo("/problems/missing-rate"));
        pay(s.workPackage(), "2099-01-01", "10.00", "USD", s.grant())
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
        pay(s.workPackage(), "2026-01-10", "10.00", "USD", "NOPE-GRANT")
                .statusCode(400)
                .body("errors[0].field", equalTo("fundingSource"));
        pay(s.workPackage(), "2026-01-10", "10.001", "USD", s.grant())
                .statusCode(400)
                .body("errors[0].field", equalTo("amount.amount"));
        pay(999999, "2026-01-10", "10.00", "USD", s.grant()).statusCode(404);
        given().get("/api/work-packages/{id}/expenditures", s.workPackage())
                .then()
                .body("$", hasSize(0));
        given().get("/api/expenditures/999999").then().statusCode(404).contentType(PROBLEM);
    }
}

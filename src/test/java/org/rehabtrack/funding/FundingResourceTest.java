package org.rehabtrack.funding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;

@QuarkusTest
class FundingResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private static ValidatableResponse allocate(
            String source, String center, String category, String amount, String currency) {
        return given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "center",
                                center,
                                "category",
                                category,
                                "amount",
                                Map.of("amount", amount, "currency", currency)))
                .post("/api/funding-sources/{code}/allocations", source)
                .then();
    }

    @Test
    void registersAGrantAndShowsWhatIsLeftToAllocate() {
        String center = TestCenters.create();
        String donor = TestFunding.donor();
        String source = TestFunding.grant("250000.00", "USD", donor);
        allocate(source, center, "CONSTRUCTION", "200000", "USD")
                .statusCode(201)
                .body("amount.amount", equalTo("200000.00"))
                .body("center", equalTo(center));
        allocate(source, center, "SUPERVISION", "30000.00", "USD").statusCode(201);

        given().get("/api/funding-sources/{code}", source)
                .then()
                .statusCode(200)
                .body("donor", equalTo(donor))
                .body("amount.amount", equalTo("250000.00"))
                .body("allocated.amount", equalTo("230000.00"))
                .body("unallocated.amount", equalTo("20000.00"))
                .body("allocations", hasSize(2));
        given().get("/api/funding-sources").then().statusCode(200).body("code", hasItem(source));
    }

    @Test
    void refusesToAllocateMoreThanTheGrantHasWithTheFigures() {
        String center = TestCenters.create();
        String source = TestFunding.grant("1000.00", "USD");
        allocate(source, center, "CONSTRUCTION", "800.00", "USD").statusCode(201);

        allocate(source, center, "EQUIPMENT", "200.01", "USD")
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/exceeds-funds"))
                .body("detail", containsString("200.01"))
                .body("detail", containsString("200.00"));
        given().get("/api/funding-sources/{code}", source).then().body("allocations", hasSize(1));
        allocate(source, center, "EQUIPMENT", "200.00", "USD").statusCode(201);
    }

    @Test
    void refusesAllocationsInAnotherCurrencyTwiceOrForUnknownCenters() {
        String center = TestCenters.create();
        String source = TestFunding.grant("1000.00", "USD");
        allocate(source, center, "CONSTRUCTION", "10.00", "HNL")
                .statusCode(400)
                .body("errors[0].field", equalTo("amount.currency"));
        allocate(source, "NOPE-1", "CONSTRUCTION", "10.00", "USD")
                .statusCode(400)
                .body("errors[0].field", equalTo("center"));
        allocate(source, center, "CONSTRUCTION", "10.00", "USD").statusCode(201);
        allocate(source, center, "CONSTRUCTION", "10.00", "USD")
                .statusCode(409)
                .body("type", equalTo("/problems/duplicate"));
        allocate(source, center, "FURNITURE", "10.00", "USD")
                .statusCode(400)
                .body("errors[0].field", equalTo("category"));
        allocate("NOPE-GRANT", center, "CONSTRUCTION", "10.00", "USD")
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void refusesAnInvalidGrant() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "bad code");
        body.put("donor", "NOBODY");
        body.put("amount", Map.of("amount", "-1", "currency", "USD"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/funding-sources")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("amount.amount"));
        body.put("code", "OK-CODE-1");
        body.put("amount", Map.of("amount", "10", "currency", "USD"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/funding-sources")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("donor"));
        given().get("/api/funding-sources/OK-CODE-1").then().statusCode(404);
    }

    @Test
    void recordsExchangeRatesOncePerCurrencyAndDay() {
        Map<String, Object> rate =
                Map.of(
                        "currency",
                        "EUR",
                        "date",
                        "2026-02-03",
                        "unitsPerUsd",
                        "0.921500",
                        "source",
                        "Test rate");
        given().contentType(ContentType.JSON)
                .body(rate)
                .post("/api/exchange-rates")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/exchange-rates/"))
                .body("unitsPerUsd", equalTo(0.9215f));
        given().contentType(ContentType.JSON)
                .body(rate)
                .post("/api/exchange-rates")
                .then()
                .statusCode(409);
        given().queryParam("currency", "EUR")
                .queryParam("from", "2026-02-01")
                .get("/api/exchange-rates")
                .then()
                .statusCode(200)
                .body("date", hasItem("2026-02-03"));
        given().queryParam("from", "2026-13-01")
                .get("/api/exchange-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "currency",
                                "USD",
                                "date",
                                "2026-02-03",
                                "unitsPerUsd",
                                "1",
                                "source",
                                "x"))
                .post("/api/exchange-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "currency",
                                "EUR",
                                "date",
                                "2026-02-04",
                                "unitsPerUsd",
                                "0",
                                "source",
                                "x"))
                .post("/api/exchange-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unitsPerUsd"));
    }

    @Test
    void linksTheCreatedGrant() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "LINK-TEST-" + NEXT.incrementAndGet());
        body.put("donor", TestFunding.donor());
        body.put("amount", Map.of("amount", "5", "currency", "HNL"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/funding-sources")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/funding-sources/" + body.get("code")));
    }
}

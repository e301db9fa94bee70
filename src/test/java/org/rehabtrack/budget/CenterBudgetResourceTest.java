package org.rehabtrack.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.works.ExpenditureResourceTest;

@QuarkusTest
class CenterBudgetResourceTest {

    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * The worked example: BAC 100,000 USD over 2026, 40 % done, 45,000 USD spent by
     * 2026-07-02. The center, its money and its package are recorded on 2026-01-02, the progress
     * and payments on 2026-09-30: a roll-up for a date shows the records as they stood at its end.
     */
    private Map<String, Object> workedExample() {
        clock.setToday(LocalDate.of(2026, 1, 2));
        String center = TestCenters.create();
        String grant = TestFunding.grant("200000.00", "USD");
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "center",
                                center,
                                "category",
                                "CONSTRUCTION",
                                "amount",
                                Map.of("amount", "150000.00", "currency", "USD")))
                .post("/api/funding-sources/{code}/allocations", grant)
                .then()
                .statusCode(201);
        Map<String, Object> wp = new HashMap<>();
        wp.put("code", "WP-01");
        wp.put("title", "Rehabilitation");
        wp.put("budget", Map.of("amount", "100000.00", "currency", "USD"));
        wp.put("contractor", TestPartners.contractor());
        wp.put("contractAmount", Map.of("amount", "98000.00", "currency", "USD"));
        wp.put("plannedStart", "2026-01-01");
        wp.put("plannedEnd", "2026-12-31");
        long id =
                given().contentType(ContentType.JSON)
                        .body(wp)
                        .post("/api/centers/{code}/work-packages", center)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        for (String status : new String[] {"TENDERING", "CONTRACTED", "IN_PROGRESS"}) {
            long version =
                    given().get("/api/work-packages/{id}", id)
                            .then()
                            .extract()
                            .jsonPath()
                            .getLong("version");
            given().contentType(ContentType.JSON)
                    .body(Map.of("status", status, "statusDate", "2026-01-02", "version", version))
                    .patch("/api/work-packages/{id}", id)
                    .then()
                    .statusCode(200);
        }
        clock.setToday(LocalDate.of(2026, 9, 30));
        given().contentType(ContentType.JSON)
                .body(Map.of("date", "2026-06-30", "percentComplete", "40"))
                .post("/api/work-packages/{id}/progress", id)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("date", "2026-09-30", "percentComplete", "70"))
                .post("/api/work-packages/{id}/progress", id)
                .then()
                .statusCode(201);
        ExpenditureResourceTest.pay(id, "2026-03-01", "45000.00", "USD", grant).statusCode(201);
        ExpenditureResourceTest.pay(id, "2026-08-01", "10000.00", "USD", grant).statusCode(201);
        clock.reset();
        return Map.of("center", center, "workPackage", id, "grant", grant);
    }

    @Test
    void showsTheWorkedExampleOfEarnedValue() {
        Map<String, Object> example = workedExample();

        given().queryParam("statusDate", "2026-07-02")
                .get("/api/work-packages/{id}", example.get("workPackage"))
                .then()
                .statusCode(200)
                .body("earnedValue.statusDate", equalTo("2026-07-02"))
                .body("earnedValue.bac.amount", equalTo("100000.00"))
                .body("earnedValue.pv.amount", equalTo("50000.00"))
                .body("earnedValue.ev.amount", equalTo("40000.00"))
                .body("earnedValue.ac.amount", equalTo("45000.00"))
                .body("earnedValue.spi", equalTo(0.80f))
                .body("earnedValue.cpi", equalTo(0.89f))
                .body("earnedValue.eac.amount", equalTo("112500.00"))
                .body("earnedValue.eac.currency", equalTo("USD"));
        given().get("/api/work-packages/{id}", example.get("workPackage"))
                .then()
                .body("containsKey('earnedValue')", equalTo(false));
    }

    @Test
    void theCentersFiguresFollowEachPaymentAndProgressReportAtOnce() {
        Map<String, Object> example = workedExample();
        String center = (String) example.get("center");
        long workPackage = (Long) example.get("workPackage");
        given().get("/api/centers/{code}", center)
                .then()
                .body("financialExecution", equalTo(36.67f));
        given().queryParam("size", 500)
                .get("/api/centers")
                .then()
                .body("find { it.code == '" + center + "' }.financialExecution", equalTo(36.67f));

        // Figures kept between requests are worked out again as soon as the center's records
        // change.
        ExpenditureResourceTest.pay(
                        workPackage,
                        LocalDate.now().toString(),
                        "5000.00",
                        "USD",
                        (String) example.get("grant"))
                .statusCode(201);
        given().get("/api/centers/{code}", center)
                .then()
                .body("financialExecution", equalTo(40.0f));
        given().queryParam("size", 500)
                .get("/api/centers")
                .then()
                .body("find { it.code == '" + center + "' }.financialExecution", equalTo(40.0f));
        given().contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "percentComplete", "80"))
                .post("/api/work-packages/{id}/progress", workPackage)
                .then()
                .statusCode(201);
        given().get("/api/centers/{code}", center).then().body("physicalProgress", equalTo(80.0f));
    }

    @Test
    void rollsUpTheCentersMoneyAndProgressAtTheStatusDate() {
        Map<String, Object> example = workedExample();

        given().queryParam("statusDate", "2026-07-02")
                .get("/api/centers/{code}/budget", example.get("center"))
                .then()
                .statusCode(200)
                .body("budget.amount", equalTo("150000.00"))
                .body("budget.currency", equalTo("USD"))
                .body("committed.amount", equalTo("98000.00"))
                .body("spent.amount", equalTo("45000.00"))
                .body("available.amount", equalTo("105000.00"))
                .body("physicalProgress", equalTo(40.0f))
                .body("financialExecution", equalTo(30.0f))
                .body(
                        "byCategory.find { it.category == 'CONSTRUCTION' }.spent.amount",
                        equalTo("45000.00"))
                .body("byFundingSource[0].allocated.amount", equalTo("150000.00"))
                .body("byFundingSource[0].remaining.amount", equalTo("105000.00"))
                .body("earnedValue.ev.amount", equalTo("40000.00"))
                .body("earnedValue.cpi", equalTo(0.89f))
                .body("workPackages", hasSize(1));

        given().queryParam("statusDate", "2026-10-01")
                .get("/api/centers/{code}/budget", example.get("center"))
                .then()
                .body("spent.amount", equalTo("55000.00"))
                .body("physicalProgress", equalTo(70.0f));
        // The center itself shows the same roll-up as of today: 70 % done, 55,000 of 150,000 spent.
        given().get("/api/centers/{code}", example.get("center"))
                .then()
                .body("physicalProgress", equalTo(70.0f))
                .body("financialExecution", equalTo(36.67f));
    }

    @Test
    void showsAPaymentInLempirasInDollarsWithItsRateFindable() {
        ExpenditureResourceTest.Setup s = ExpenditureResourceTest.setup();
        ExpenditureResourceTest.pay(s.workPackage(), "2026-01-10", "2450.00", "HNL", s.grant())
                .statusCode(201);

        given().queryParam("statusDate", "2026-02-01")
                .get("/api/centers/{code}/budget", s.center())
                .then()
                .statusCode(200)
                .body("spent.amount", equalTo("100.00"))
                .body("byFundingSource[0].spentUsd.amount", equalTo("100.00"))
                .body("rates.currency", hasItem("HNL"))
                .body("rates.find { it.currency == 'HNL' }.date", equalTo("2026-01-05"))
                .body("rates.find { it.currency == 'HNL' }.unitsPerUsd", equalTo(24.5f))
                .body("rates.find { it.currency == 'HNL' }.source", equalTo("BCH test"));
    }

    @Test
    void addsEveryCenterUpIntoThePortfolio() {
        Map<String, Object> example = workedExample();
        io.restassured.path.json.JsonPath portfolio =
                given().queryParam("statusDate", "2026-07-02")
                        .get("/api/budget")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        java.math.BigDecimal centersSpent =
                portfolio.getList("centers.spent.amount", String.class).stream()
                        .map(java.math.BigDecimal::new)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        org.junit.jupiter.api.Assertions.assertEquals(
                new java.math.BigDecimal(portfolio.getString("spent.amount")), centersSpent);
        java.math.BigDecimal centersEv =
                portfolio.getList("centers.earnedValue.ev.amount", String.class).stream()
                        .map(java.math.BigDecimal::new)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        org.junit.jupiter.api.Assertions.assertEquals(
                new java.math.BigDecimal(portfolio.getString("earnedValue.ev.amount")), centersEv);
        org.junit.jupiter.api.Assertions.assertTrue(
                portfolio.getList("centers.center").contains(example.get("center")));
    }

    @Test
    void refusesABadStatusDateAndUnknownCenters() {
        String center = TestCenters.create();
        given().queryParam("statusDate", "2026-02-30")
                .get("/api/centers/" + center + "/budget")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("statusDate"));
        given().get("/api/centers/NOPE-1/budget").then().statusCode(404);
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestSessions;

/**
 * The manager's funding page as a browser posts it: a grant recorded, allocated to a center never
 * beyond what is left, and an exchange rate recorded once a day; what is refused comes back in the
 * page (422) and saves nothing; no other role reaches the page.
 */
@QuarkusTest
class FundingPageTest {

    @Inject Csrf csrf;

    private RequestSpecification form(String user) {
        return TestSessions.form(user, csrf);
    }

    private static String freshGrant() {
        return "PAGE-" + System.nanoTime() % 1_000_000;
    }

    @Test
    void aManagerRecordsAGrantAndAllocatesItWithinItsAmount() {
        String donor = TestFunding.donor();
        String code = freshGrant();
        form("manager")
                .queryParam("lang", "es")
                .formParam("code", "echo 2026")
                .formParam("donor", donor)
                .formParam("amount", "mucho")
                .formParam("currency", "USD")
                .post("/funding/grants")
                .then()
                .statusCode(422)
                .body(containsString("id=\"code-error\""))
                .body(containsString("id=\"amount-error\""));
        form("manager")
                .formParam("code", code)
                .formParam("donor", donor)
                .formParam("amount", "250000")
                .formParam("currency", "USD")
                .formParam("startDate", "2027-01-01")
                .formParam("endDate", "2028-12-31")
                .post("/funding/grants")
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=grant"));
        given().get("/api/funding-sources/{code}", code)
                .then()
                .body("donor", equalTo(donor))
                .body("amount.amount", equalTo("250000.00"));

        String center = TestCenters.create();
        form("manager")
                .queryParam("lang", "en")
                .formParam("grant", code)
                .formParam("center", center)
                .formParam("category", "CONSTRUCTION")
                .formParam("allocationAmount", "300000")
                .post("/funding/allocations")
                .then()
                .statusCode(422)
                .body(containsString("id=\"allocationAmount-error\""))
                .body(containsString("value=\"300000\""));
        given().get("/api/funding-sources/{code}", code).then().body("allocations", hasSize(0));
        form("manager")
                .formParam("grant", code)
                .formParam("center", center)
                .formParam("category", "CONSTRUCTION")
                .formParam("allocationAmount", "150000,50")
                .post("/funding/allocations")
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=allocation"));
        given().get("/api/funding-sources/{code}", code)
                .then()
                .body("allocations[0].center", equalTo(center))
                .body("allocations[0].amount.amount", equalTo("150000.50"))
                .body("unallocated.amount", equalTo("99999.50"));
        TestSessions.page("manager")
                .queryParam("lang", "es")
                .get("/funding")
                .then()
                .statusCode(200)
                .body(containsString(code))
                .body(containsString("99,999.50 USD"));
    }

    @Test
    void aRateIsRecordedOnceADayAndOnlyManagersReachThePage() {
        String day = LocalDate.now().minusDays(400 + System.nanoTime() % 300).toString();
        form("manager")
                .formParam("currency", "EUR")
                .formParam("date", day)
                .formParam("unitsPerUsd", "0,92")
                .formParam("source", "Banco Central Europeo")
                .post("/funding/rates")
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=rate"));
        form("manager")
                .queryParam("lang", "en")
                .formParam("currency", "EUR")
                .formParam("date", day)
                .formParam("unitsPerUsd", "0.93")
                .formParam("source", "Banco Central Europeo")
                .post("/funding/rates")
                .then()
                .statusCode(422)
                .body(containsString("id=\"date-error\""));
        given().queryParam("currency", "EUR")
                .queryParam("from", day)
                .queryParam("to", day)
                .get("/api/exchange-rates")
                .then()
                .body("$", hasSize(1))
                .body("[0].unitsPerUsd", equalTo(0.92f));

        for (String user : new String[] {"engineer", "donor", "admin"}) {
            TestSessions.page(user).accept("text/html").get("/funding").then().statusCode(403);
            TestSessions.page(user).get("/").then().body(not(containsString("href=\"/funding\"")));
        }
        TestSessions.page("manager").get("/").then().body(containsString("href=\"/funding\""));
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestWorks;

/**
 * A works package's page and the form that plans one, as a browser posts them: a manager plans a
 * package, takes it through tender, contract and start, asks for a change order and approves it,
 * and records payments; what is refused comes back in the page (422) and saves nothing; others only
 * read, a donor without another donor's grant and payments.
 */
@QuarkusTest
class WorkPackagePageTest {

    @Inject Csrf csrf;

    private RequestSpecification form(String user) {
        return TestSessions.form(user, csrf);
    }

    private static JsonPath workPackage(long id) {
        return given().get("/api/work-packages/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static long idIn(String location) {
        String path = location.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /** A package of 100,000 USD charged to the grant, taken to IN_PROGRESS under a contract. */
    private static long underWayOn(String center, String grant) {
        Map<String, Object> body = TestWorks.body("WP-01");
        body.put("fundingSource", grant);
        long id =
                given().contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/centers/{code}/work-packages", center)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        for (Map<String, Object> move :
                java.util.List.<Map<String, Object>>of(
                        Map.of("status", "TENDERING"),
                        Map.of(
                                "status",
                                "CONTRACTED",
                                "contractor",
                                TestPartners.contractor(),
                                "contractAmount",
                                Map.of("amount", "95000.00", "currency", "USD")),
                        Map.of("status", "IN_PROGRESS"))) {
            Map<String, Object> change = new java.util.HashMap<>(move);
            change.put("version", workPackage(id).getLong("version"));
            given().contentType(ContentType.JSON)
                    .body(change)
                    .patch("/api/work-packages/{id}", id)
                    .then()
                    .statusCode(200);
        }
        return id;
    }

    @Test
    void aManagerPlansAPackageAndTakesItThroughTenderContractAndStart() {
        String center = TestCenters.create();
        String contractor = TestPartners.contractor();
        String grant = TestFunding.grant("500000.00", "USD");
        TestFunding.allocate(grant, center, "300000.00", "USD");
        String today = LocalDate.now().toString();

        form("manager")
                .queryParam("lang", "es")
                .formParam("code", "wp 1")
                .formParam("title", " ")
                .formParam("category", "CONSTRUCTION")
                .formParam("budget", "mucho")
                .formParam("currency", "USD")
                .post("/centers/{code}/work-packages/new", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"code-error\""))
                .body(containsString("id=\"title-error\">Complete este campo."))
                .body(containsString("id=\"budget-error\""))
                .body(containsString("value=\"mucho\""));
        given().get("/api/centers/{code}/work-packages", center).then().body("$", hasSize(0));

        String location =
                form("manager")
                        .formParam("code", "WP-01")
                        .formParam("title", "Cambio de cubierta")
                        .formParam("fundingSource", grant)
                        .formParam("category", "CONSTRUCTION")
                        .formParam("budget", "120000")
                        .formParam("currency", "USD")
                        .formParam("plannedStart", "2027-01-04")
                        .formParam("plannedEnd", "2027-06-30")
                        .post("/centers/{code}/work-packages/new", center)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(location.contains("outcome=created"), location);
        long id = idIn(location);
        form("manager")
                .queryParam("lang", "en")
                .formParam("code", "WP-01")
                .formParam("title", "Otra cosa")
                .formParam("category", "CONSTRUCTION")
                .post("/centers/{code}/work-packages/new", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"code-error\""));

        long version = workPackage(id).getLong("version");
        form("manager")
                .formParam("version", version)
                .formParam("status", "TENDERING")
                .formParam("date", today)
                .post("/centers/{code}/work-packages/{id}/status", center, id)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=moved"));
        form("manager")
                .queryParam("lang", "en")
                .formParam("version", workPackage(id).getLong("version"))
                .formParam("status", "CONTRACTED")
                .formParam("date", today)
                .formParam("contractAmount", "115000")
                .formParam("currency", "USD")
                .post("/centers/{code}/work-packages/{id}/status", center, id)
                .then()
                .statusCode(422)
                .body(
                        containsString(
                                "id=\"contractor-error\">A contracted package needs its contractor."));
        form("manager")
                .queryParam("lang", "en")
                .formParam("version", version)
                .formParam("status", "CONTRACTED")
                .formParam("date", today)
                .post("/centers/{code}/work-packages/{id}/status", center, id)
                .then()
                .statusCode(422)
                .body(containsString("Someone else changed this package meanwhile"));
        given().get("/api/work-packages/{id}", id).then().body("status", equalTo("TENDERING"));

        form("manager")
                .formParam("version", workPackage(id).getLong("version"))
                .formParam("status", "CONTRACTED")
                .formParam("date", today)
                .formParam("contractor", contractor)
                .formParam("contractAmount", "115000,50")
                .formParam("currency", "USD")
                .post("/centers/{code}/work-packages/{id}/status", center, id)
                .then()
                .statusCode(303);
        given().get("/api/work-packages/{id}", id)
                .then()
                .body("status", equalTo("CONTRACTED"))
                .body("contractor", equalTo(contractor))
                .body("contractAmount.amount", equalTo("115000.50"));
        form("manager")
                .queryParam("lang", "es")
                .formParam("version", workPackage(id).getLong("version"))
                .formParam("status", "HANDED_OVER")
                .formParam("date", today)
                .post("/centers/{code}/work-packages/{id}/status", center, id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"status-error\""));
        form("manager")
                .formParam("version", workPackage(id).getLong("version"))
                .formParam("status", "IN_PROGRESS")
                .formParam("date", today)
                .post("/centers/{code}/work-packages/{id}/status", center, id)
                .then()
                .statusCode(303);
        given().get("/api/centers/{code}/milestones", center)
                .then()
                .body("find { it.kind == 'WORKS_STARTED' }.actualDate", equalTo(today));
        TestSessions.page("manager")
                .queryParam("lang", "es")
                .get("/centers/{code}/work-packages/{id}", center, id)
                .then()
                .body(containsString("En ejecución"))
                .body(containsString("115,000.50"))
                .body(containsString("Solicitar una orden de cambio"));
    }

    @Test
    void aManagerAsksForAChangeOrderApprovesItAndRecordsPaymentsWithinTheAllocation() {
        String center = TestCenters.create();
        String grant = TestFunding.grant("500000.00", "USD");
        TestFunding.allocate(grant, center, "150000.00", "USD");
        long id = underWayOn(center, grant);

        form("manager")
                .queryParam("lang", "en")
                .formParam("changeAmount", "cinco mil")
                .formParam("days", "15")
                .formParam("reason", " ")
                .post("/centers/{code}/work-packages/{id}/change-orders", center, id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"changeAmount-error\""))
                .body(containsString("id=\"reason-error\""));
        form("manager")
                .formParam("changeAmount", "5000")
                .formParam("days", "15")
                .formParam("reason", "Refuerzo de vigas no previsto")
                .post("/centers/{code}/work-packages/{id}/change-orders", center, id)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=asked"));
        JsonPath orders =
                given().get("/api/work-packages/{id}/change-orders", id)
                        .then()
                        .extract()
                        .jsonPath();
        long order = orders.getLong("[0].id");
        form("manager")
                .formParam("version", orders.getLong("[0].version"))
                .formParam("status", "APPROVED")
                .post("/centers/{code}/work-packages/{id}/change-orders/{order}", center, id, order)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=decided"));
        given().get("/api/work-packages/{id}", id)
                .then()
                .body("revisedContractAmount.amount", equalTo("100000.00"));

        form("manager")
                .queryParam("lang", "en")
                .formParam("date", LocalDate.now().toString())
                .formParam("amount", "200000")
                .formParam("currency", "USD")
                .formParam("reference", "FAC-0001")
                .post("/centers/{code}/work-packages/{id}/payments", center, id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"amount-error\""))
                .body(containsString("value=\"FAC-0001\""));
        form("manager")
                .formParam("date", LocalDate.now().toString())
                .formParam("amount", "20000")
                .formParam("currency", "USD")
                .formParam("reference", "FAC-0001")
                .post("/centers/{code}/work-packages/{id}/payments", center, id)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=paid"));
        given().get("/api/work-packages/{id}/expenditures", id)
                .then()
                .body("$", hasSize(1))
                .body("[0].fundingSource", equalTo(grant));
    }

    @Test
    void othersReadThePackageADonorWithoutAnotherDonorsGrantAndPayments() {
        String center = TestCenters.create();
        String grant = TestFunding.grant("500000.00", "USD");
        TestFunding.allocate(grant, center, "150000.00", "USD");
        long id = underWayOn(center, grant);
        form("manager")
                .formParam("date", LocalDate.now().toString())
                .formParam("amount", "1000")
                .formParam("currency", "USD")
                .formParam("reference", "FAC-PRIVADA")
                .post("/centers/{code}/work-packages/{id}/payments", center, id)
                .then()
                .statusCode(303);

        TestSessions.page("engineer")
                .get("/centers/{code}/work-packages/{id}", center, id)
                .then()
                .statusCode(200)
                .body(containsString("FAC-PRIVADA"))
                .body(not(containsString("/status\"")))
                .body(not(containsString("/payments\"")));
        form("engineer")
                .formParam("version", workPackage(id).getLong("version"))
                .formParam("status", "SUSPENDED")
                .formParam("date", LocalDate.now().toString())
                .post("/centers/{code}/work-packages/{id}/status", center, id)
                .then()
                .statusCode(403);
        given().get("/api/work-packages/{id}", id).then().body("status", equalTo("IN_PROGRESS"));

        TestUsers.Donor donor = TestUsers.donorFunding(center);
        TestUsers.page(donor.username())
                .get("/centers/{code}/work-packages/{id}", center, id)
                .then()
                .statusCode(200)
                .body(containsString("WP-01"))
                .body(not(containsString(grant)))
                .body(not(containsString("FAC-PRIVADA")));
        TestSessions.page("manager")
                .accept("text/html")
                .get("/centers/{code}/work-packages/{id}", TestCenters.create(), id)
                .then()
                .statusCode(404);
    }
}

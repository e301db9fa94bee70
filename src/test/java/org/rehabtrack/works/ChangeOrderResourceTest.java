package org.rehabtrack.works;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestPartners;

@QuarkusTest
class ChangeOrderResourceTest {

    private static long contracted() {
        String center = TestCenters.create();
        long id =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "code",
                                        "WP-01",
                                        "title",
                                        "Roof",
                                        "budget",
                                        Map.of("amount", "100000.00", "currency", "USD"),
                                        "contractor",
                                        TestPartners.contractor(),
                                        "contractAmount",
                                        Map.of("amount", "95000.00", "currency", "USD"),
                                        "plannedStart",
                                        "2026-01-01",
                                        "plannedEnd",
                                        "2026-06-30"))
                        .post("/api/centers/{code}/work-packages", center)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        return id;
    }

    private static long request(long workPackage, String amount, int days) {
        return given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "amount",
                                amount,
                                "currency",
                                "USD",
                                "days",
                                days,
                                "reason",
                                "More roof sheets"))
                .post("/api/work-packages/{id}/change-orders", workPackage)
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static void decide(long order, String status) {
        given().contentType(ContentType.JSON)
                .body(Map.of("status", status, "version", 0))
                .patch("/api/change-orders/{id}", order)
                .then()
                .statusCode(200)
                .body("status", equalTo(status));
    }

    @Test
    void approvedChangeOrdersReviseTheContractAmountAndEndDate() {
        long wp = contracted();
        decide(request(wp, "7500.50", 30), "APPROVED");
        decide(request(wp, "-500.00", -5), "APPROVED");
        decide(request(wp, "99999.00", 90), "REJECTED");
        request(wp, "1000.00", 10);

        given().get("/api/work-packages/{id}", wp)
                .then()
                .body("contractAmount.amount", equalTo("95000.00"))
                .body("revisedContractAmount.amount", equalTo("102000.50"))
                .body("plannedEnd", equalTo("2026-06-30"))
                .body("revisedPlannedEnd", equalTo("2026-07-25"));
        given().get("/api/work-packages/{id}/change-orders", wp)
                .then()
                .body("$", hasSize(4))
                .body("[1].amount", equalTo("-500.00"));
    }

    @Test
    void aDecisionIsFinal() {
        long wp = contracted();
        long order = request(wp, "10.00", 0);
        decide(order, "REJECTED");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "APPROVED", "version", 1))
                .patch("/api/change-orders/{id}", order)
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-transition"));
    }

    @Test
    void refusesAChangeInAnotherCurrencyOrWithoutContract() {
        long wp = contracted();
        given().contentType(ContentType.JSON)
                .body(Map.of("amount", "10.00", "currency", "HNL", "days", 0, "reason", "x"))
                .post("/api/work-packages/{id}/change-orders", wp)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("currency"));
        long noContract =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "code",
                                        "WP-02",
                                        "title",
                                        "T",
                                        "budget",
                                        Map.of("amount", "1.00", "currency", "USD")))
                        .post("/api/centers/{code}/work-packages", TestCenters.create())
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("amount", "10.00", "currency", "USD", "days", 0, "reason", "x"))
                .post("/api/work-packages/{id}/change-orders", noContract)
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "APPROVED", "version", 0))
                .patch("/api/change-orders/999999")
                .then()
                .statusCode(404);
    }
}

package org.rehabtrack.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What a load balancer and a monitoring system read: health checks and Prometheus metrics. */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        given().auth()
                .none()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().auth()
                .none()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsCoverHttpTheDatabasePoolAndReports() {
        given().get("/api/reports/budget.xlsx").then().statusCode(200);
        given().auth()
                .none()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_"))
                .body(
                        containsString(
                                "rehabtrack_report_generation_seconds_count{report=\"budget\""))
                .body(containsString("rehabtrack_report_size_bytes_sum{report=\"budget\""));
    }
}

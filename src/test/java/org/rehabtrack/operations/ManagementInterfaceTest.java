package org.rehabtrack.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The build with the management interface (docs/operations.md: REHABTRACK_MANAGEMENT_INTERFACE=true
 * when building): health and metrics on a port of their own, and no longer on the application's
 * port, where the public reaches.
 */
@QuarkusTest
@TestProfile(ManagementInterfaceTest.WithManagementInterface.class)
class ManagementInterfaceTest {

    static final int PORT = freePort();

    public static class WithManagementInterface implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The variable of docs/operations.md, and the port tests use for the management
            // interface.
            return Map.of(
                    "REHABTRACK_MANAGEMENT_INTERFACE",
                    "true",
                    "quarkus.management.test-port",
                    String.valueOf(PORT));
        }
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        given().get("/api/centers").then().statusCode(200);
        String management = "http://localhost:" + PORT;
        given().auth()
                .none()
                .baseUri(management)
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().auth().none().baseUri(management).get("/q/health/live").then().statusCode(200);
        given().auth()
                .none()
                .baseUri(management)
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds"));
        given().auth().none().get("/q/health/ready").then().statusCode(404);
        given().auth().none().get("/q/metrics").then().statusCode(404);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

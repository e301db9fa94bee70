package org.rehabtrack.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each security header once, on every kind of answer: pages, redirects, API JSON, problem JSON,
 * static files, the API explorer, the OpenAPI document, health and metrics, and an unknown path. No
 * HSTS over plain HTTP, nor when a client that is no trusted proxy says it came over HTTPS.
 */
@QuarkusTest
class SecurityHeadersTest {

    static final List<String> HEADERS =
            List.of(
                    "Content-Security-Policy",
                    "X-Content-Type-Options",
                    "X-Frame-Options",
                    "Referrer-Policy");

    static void eachHeaderOnce(Response response, String what) {
        for (String header : HEADERS) {
            assertEquals(
                    1,
                    response.headers().getValues(header).size(),
                    header
                            + " on "
                            + what
                            + " ("
                            + response.statusCode()
                            + "): "
                            + response.headers());
        }
        String csp = response.header("Content-Security-Policy");
        assertTrue(
                csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"),
                what + ": " + csp);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
        assertEquals("DENY", response.header("X-Frame-Options"), what);
    }

    @Test
    void everyAnswerCarriesEachSecurityHeaderExactlyOnce() {
        List<String> paths =
                List.of(
                        "/login",
                        "/",
                        "/centers/" + TestCenters.create(),
                        "/api/centers",
                        "/api/centers/NO-SUCH-CENTER",
                        "/css/rehabtrack.css",
                        "/js/reports.js",
                        "/q/swagger-ui/",
                        "/q/swagger-ui",
                        "/q/openapi",
                        "/q/health",
                        "/q/health/ready",
                        "/q/metrics",
                        "/no-such-file.css",
                        "/api/no-such");
        for (String path : paths) {
            Response signedOut = given().auth().none().redirects().follow(false).get(path);
            eachHeaderOnce(signedOut, "signed out " + path);
            Response withBasic = given().redirects().follow(false).get(path);
            eachHeaderOnce(withBasic, "with Basic " + path);
            assertFalse(withBasic.headers().hasHeaderWithName("Strict-Transport-Security"), path);
        }
        // The pages' policy allows no inline script; the explorer's page needs its own.
        String page = given().auth().none().get("/login").header("Content-Security-Policy");
        assertFalse(page.contains("unsafe-inline"), page);
    }

    @Test
    void aClientThatIsNoTrustedProxyCannotClaimHttps() {
        Response response =
                given().auth()
                        .none()
                        .redirects()
                        .follow(false)
                        .header("X-Forwarded-Proto", "https")
                        .header("Forwarded", "proto=https")
                        .get("/login");
        assertFalse(
                response.headers().hasHeaderWithName("Strict-Transport-Security"),
                response.headers().toString());
        assertFalse(
                response.header("Set-Cookie").contains("Secure"), response.header("Set-Cookie"));
    }
}

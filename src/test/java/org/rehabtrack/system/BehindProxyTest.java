package org.rehabtrack.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind a TLS-terminating proxy, set up as docs/operations.md says (forwarded headers trusted from
 * the proxy's address): a request the proxy forwards as HTTPS gets a Secure session cookie and
 * HSTS, once, on every kind of answer; one forwarded as plain HTTP gets neither.
 */
@QuarkusTest
@TestProfile(BehindProxyTest.BehindTlsProxy.class)
class BehindProxyTest {

    public static class BehindTlsProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The environment variables of docs/operations.md; the proxy is this machine.
            return Map.of(
                    "REHABTRACK_PROXY_FORWARDING",
                    "true",
                    "REHABTRACK_TRUSTED_PROXIES",
                    "127.0.0.1,::1");
        }
    }

    private static Response viaProxy(String proto, String path) {
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .header("X-Forwarded-Proto", proto)
                .header("X-Forwarded-For", "203.0.113.7")
                .get(path);
    }

    @Test
    void httpsThroughTheProxyGivesSecureCookiesAndHsts() {
        Response form = viaProxy("https", "/login");
        assertTrue(form.header("Set-Cookie").contains("Secure"), form.header("Set-Cookie"));
        String csrf = form.cookie("rehabtrack-csrf");
        Response signedIn =
                given().auth()
                        .none()
                        .redirects()
                        .follow(false)
                        .header("X-Forwarded-Proto", "https")
                        .cookie("rehabtrack-csrf", csrf)
                        .contentType("application/x-www-form-urlencoded")
                        .formParams(
                                Map.of(
                                        "username",
                                        "manager",
                                        "password",
                                        SignedInAsManager.DEMO_PASSWORD,
                                        "csrf-token",
                                        csrf,
                                        "next",
                                        "/"))
                        .post("/login");
        assertEquals(303, signedIn.statusCode());
        assertTrue(
                signedIn.headers().getValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("rehabtrack-session="))
                        .allMatch(c -> c.contains("Secure")),
                signedIn.headers().toString());
        for (String path :
                new String[] {
                    "/login",
                    "/",
                    "/api/centers",
                    "/css/rehabtrack.css",
                    "/q/swagger-ui/",
                    "/q/openapi",
                    "/q/health"
                }) {
            Response response = viaProxy("https", path);
            assertEquals(
                    1,
                    response.headers().getValues("Strict-Transport-Security").size(),
                    path + ": " + response.headers());
            assertTrue(response.header("Strict-Transport-Security").startsWith("max-age="), path);
            SecurityHeadersTest.eachHeaderOnce(response, path);
        }
    }

    @Test
    void plainHttpThroughTheProxyGetsNeither() {
        Response form = viaProxy("http", "/login");
        assertFalse(form.header("Set-Cookie").contains("Secure"), form.header("Set-Cookie"));
        assertFalse(form.headers().hasHeaderWithName("Strict-Transport-Security"));
    }
}

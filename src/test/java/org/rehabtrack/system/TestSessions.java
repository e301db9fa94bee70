package org.rehabtrack.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.SessionAuthenticationMechanism;

/** Browser sessions for tests: signing in through the form as a browser does. */
public final class TestSessions {

    private TestSessions() {}

    /** Signs in through the form as a browser would, and answers the session cookie. */
    public static String signIn(String username, String password) {
        ExtractableResponse<Response> form =
                given().auth()
                        .none()
                        .redirects()
                        .follow(false)
                        .get("/login")
                        .then()
                        .statusCode(200)
                        .extract();
        String csrf = form.cookie(Csrf.COOKIE);
        ExtractableResponse<Response> signedIn =
                given().auth()
                        .none()
                        .redirects()
                        .follow(false)
                        .cookie(Csrf.COOKIE, csrf)
                        .contentType(ContentType.URLENC)
                        .formParams(
                                Map.of(
                                        "username",
                                        username,
                                        "password",
                                        password,
                                        Csrf.FIELD,
                                        csrf,
                                        "next",
                                        "/"))
                        .post("/login")
                        .then()
                        .statusCode(303)
                        .extract();
        assertTrue(signedIn.header("Location").endsWith("/"), signedIn.header("Location"));
        String session = signedIn.cookie(SessionAuthenticationMechanism.COOKIE);
        assertNotNull(session, "a session cookie");
        return session;
    }

    /**
     * A request as a browser signed in through the form as one of the demo users: pages take the
     * session cookie only, never HTTP Basic.
     */
    public static RequestSpecification page(String demoUser) {
        String session = signIn(demoUser, SignedInAsManager.DEMO_PASSWORD);
        return given().auth().none().cookie(SessionAuthenticationMechanism.COOKIE, session);
    }

    /**
     * A form post as a browser signed in as one of the demo users sends it: the session cookie, its
     * CSRF token as a field, URL-encoded, redirects not followed.
     */
    public static RequestSpecification form(String demoUser, Csrf csrf) {
        String cookie = signIn(demoUser, SignedInAsManager.DEMO_PASSWORD);
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, cookie)
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, csrf.tokenOf(cookie));
    }
}

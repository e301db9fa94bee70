package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestSessions;

/**
 * Issue 19, "Browsers sign in with the form, and sign out for real": a signed-out browser asking
 * for any page is sent to the sign-in form with the page it asked for; pages take no HTTP Basic
 * credentials, so signing out ends the browser's access; {@code next} is a local path or {@code /};
 * redirects never echo the request's Host; the API's CSRF check holds with an Authorization header
 * too.
 */
@QuarkusTest
class SignedOutBrowserTest {

    private static RequestSpecification browser() {
        return given().auth().none().redirects().follow(false);
    }

    private static String signInPage(String pathAndQuery) {
        return "/login?next=" + URLEncoder.encode(pathAndQuery, StandardCharsets.UTF_8);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private static long milestoneOf(String center) {
        return given().get("/api/centers/{code}/milestones", center)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
    }

    @Test
    void aSignedOutBrowserAskingForAnyPageIsSentToSignInWithThatPage() {
        String center = TestCenters.create();
        long milestone = milestoneOf(center);
        for (String page :
                List.of(
                        "/",
                        "/?phase=WORKS&status=RED",
                        "/centers/" + center,
                        "/centers/" + center + "?milestone=" + milestone,
                        "/centers/" + center + "/findings/new",
                        "/centers/" + center + "/work-packages/1/progress",
                        "/reports",
                        "/reports/download?report=budget",
                        "/no-such-page",
                        "/centers/NO-SUCH-CENTER")) {
            browser()
                    .get(page)
                    .then()
                    .statusCode(303)
                    .header("Location", equalTo(signInPage(page)));
        }
        // A form posted after the session ended comes back, once signed in, to the page that held
        // the
        // form (a GET of the address it posted to would be a 404 or 405), or else to the dashboard.
        browser()
                .contentType(ContentType.URLENC)
                .formParam("version", 0)
                .header("Referer", "http://localhost/centers/" + center + "?lang=es")
                .post("/centers/" + center + "/milestones/{id}", milestone)
                .then()
                .statusCode(303)
                .header("Location", equalTo(signInPage("/centers/" + center + "?lang=es")));
        browser()
                .contentType(ContentType.URLENC)
                .formParam("version", 0)
                .post("/centers/" + center + "/milestones/{id}", milestone)
                .then()
                .statusCode(303)
                .header("Location", equalTo(signInPage("/")));
        // Only the API answers 401, with the Basic challenge.
        browser()
                .get("/api/centers")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"));
        browser().get("/login").then().statusCode(200);
    }

    @Test
    void whatABrowserFetchesOnItsOwnDoesNotSpoilTheSignInForm() {
        // A browser showing the sign-in form also asks for /favicon.ico: a file, not a page, so
        // 404, not the sign-in form again (whose fresh token used to replace the first one's
        // cookie).
        browser().get("/favicon.ico").then().statusCode(404);
        browser().get("/robots.txt").then().statusCode(404);
        // Two sign-in forms (two tabs): the first one's token still signs in.
        String first = browser().get("/login").then().statusCode(200).extract().cookie(Csrf.COOKIE);
        ExtractableResponse<Response> second =
                browser()
                        .cookie(Csrf.COOKIE, first)
                        .get("/login")
                        .then()
                        .statusCode(200)
                        .body(containsString("value=\"" + first + "\""))
                        .extract();
        String cookie = second.cookie(Csrf.COOKIE) == null ? first : second.cookie(Csrf.COOKIE);
        browser()
                .cookie(Csrf.COOKIE, cookie)
                .contentType(ContentType.URLENC)
                .formParams(
                        Map.of(
                                "username",
                                "engineer",
                                "password",
                                SignedInAsManager.DEMO_PASSWORD,
                                Csrf.FIELD,
                                first,
                                "next",
                                "/"))
                .post("/login")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/"));
        // A cookie that is none of ours is replaced.
        String replaced =
                browser()
                        .cookie(Csrf.COOKIE, "x")
                        .get("/login")
                        .then()
                        .extract()
                        .cookie(Csrf.COOKIE);
        assertNotNull(replaced);
        org.junit.jupiter.api.Assertions.assertNotEquals("x", replaced);
    }

    @Test
    void pagesTakeNoBasicCredentialsSoSigningOutEndsTheBrowsersAccess() {
        String center = TestCenters.create();
        // A browser that answered a Basic dialog sends these with every request: pages ignore them.
        given().redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", equalTo(signInPage("/")));
        given().redirects().follow(false).get("/centers/" + center).then().statusCode(303);
        given().redirects().follow(false).get("/reports").then().statusCode(303);
        // The API still takes them.
        given().get("/api/me").then().statusCode(200).body("username", equalTo("manager"));

        String session = TestSessions.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
        given().redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .get("/")
                .then()
                .statusCode(200);
        Csrf csrf = Arc.container().instance(Csrf.class).get();
        given().redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, csrf.tokenOf(session))
                .post("/logout")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/login?signedOut=1"));
        // Signed out: the same browser, Basic credentials and all, is signed out.
        given().redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", equalTo(signInPage("/")));
    }

    @Test
    void afterSigningInTheFormSendsTheBrowserOnlyToALocalPath() {
        String center = TestCenters.create();
        for (String next :
                List.of(
                        "http://evil.example/",
                        "https://evil.example",
                        "//evil.example/x",
                        "/\\evil.example",
                        "\\\\evil.example",
                        "/a b",
                        "/a\tb",
                        "/a\u0001b",
                        "/a\r\nSet-Cookie: x=1",
                        "javascript:alert(1)",
                        "",
                        " /",
                        "/%zz",
                        "/ü")) {
            ExtractableResponse<Response> form =
                    browser().get("/login").then().statusCode(200).extract();
            String token = form.cookie(Csrf.COOKIE);
            browser()
                    .queryParam("next", next)
                    .get("/login")
                    .then()
                    .statusCode(200)
                    .body(containsString("name=\"next\" value=\"/\""));
            ExtractableResponse<Response> signedIn =
                    browser()
                            .cookie(Csrf.COOKIE, token)
                            .contentType(ContentType.URLENC)
                            .formParams(
                                    Map.of(
                                            "username",
                                            "engineer",
                                            "password",
                                            SignedInAsManager.DEMO_PASSWORD,
                                            Csrf.FIELD,
                                            token,
                                            "next",
                                            next))
                            .post("/login")
                            .then()
                            .statusCode(303)
                            .extract();
            assertEquals("/", signedIn.header("Location"), "next " + next);
            assertNotNull(
                    signedIn.cookie(SessionAuthenticationMechanism.COOKIE),
                    "a session cookie for " + next);
        }
        String local = "/centers/" + center + "?milestone=3&lang=es";
        ExtractableResponse<Response> form = browser().get("/login").then().extract();
        String token = form.cookie(Csrf.COOKIE);
        browser()
                .cookie(Csrf.COOKIE, token)
                .contentType(ContentType.URLENC)
                .formParams(
                        Map.of(
                                "username",
                                "engineer",
                                "password",
                                SignedInAsManager.DEMO_PASSWORD,
                                Csrf.FIELD,
                                token,
                                "next",
                                local))
                .post("/login")
                .then()
                .statusCode(303)
                .header("Location", equalTo(local));
    }

    @Test
    void redirectsDoNotEchoTheRequestsHost() {
        String center = TestCenters.create();
        browser()
                .header("Host", "evil.example")
                .get("/centers/" + center)
                .then()
                .statusCode(303)
                .header("Location", equalTo(signInPage("/centers/" + center)));
        browser()
                .header("Host", "evil.example")
                .contentType(ContentType.URLENC)
                .post("/login")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/login?error=csrf"));
        browser()
                .header("Host", "evil.example")
                .contentType(ContentType.URLENC)
                .post("/logout")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/login"));

        String session = TestSessions.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
        Csrf csrf = Arc.container().instance(Csrf.class).get();
        long milestone = milestoneOf(center);
        // A refused form answers with the page itself (422), so no Location at all...
        browser()
                .header("Host", "evil.example")
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .contentType(ContentType.URLENC)
                .formParams(Map.of(Csrf.FIELD, "forged", "version", "0"))
                .post("/centers/" + center + "/milestones/{id}", milestone)
                .then()
                .statusCode(422)
                .header("Location", nullValue());
        // ...and a saved one (its dates as they are) redirects to a relative one.
        var current = given().get("/api/milestones/{id}", milestone).then().extract().jsonPath();
        browser()
                .header("Host", "evil.example")
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, csrf.tokenOf(session))
                .formParam("version", current.getLong("version"))
                .formParam("forecastDate", blankIfNull(current.getString("forecastDate")))
                .formParam("actualDate", blankIfNull(current.getString("actualDate")))
                .post("/centers/" + center + "/milestones/{id}", milestone)
                .then()
                .statusCode(303)
                .header("Location", startsWith("/centers/" + center + "?milestone=" + milestone));
        browser()
                .header("Host", "evil.example")
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .get("/reports/download?report=budget&lang=en")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/api/reports/budget.xlsx?lang=en"));
        browser()
                .header("Host", "evil.example")
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, csrf.tokenOf(session))
                .post("/logout")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/login?signedOut=1"));
    }

    @Test
    void aChangeThroughTheApiWithTheSessionCookieNeedsTheCsrfTokenEvenWithAnAuthorizationHeader() {
        String session = TestSessions.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
        Csrf csrf = Arc.container().instance(Csrf.class).get();
        // given(): HTTP Basic as the demo manager, and the session cookie besides.
        given().cookie(SessionAuthenticationMechanism.COOKIE, session)
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .patch("/api/milestones/999999")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().cookie(SessionAuthenticationMechanism.COOKIE, session)
                .header(Csrf.HEADER, csrf.tokenOf(session))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .patch("/api/milestones/999999")
                .then()
                .statusCode(404);
        // An API client with HTTP Basic and no session cookie is not asked for it.
        given().contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .patch("/api/milestones/999999")
                .then()
                .statusCode(404);
    }
}

package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestSessions;

@QuarkusTest
class BrowserSessionTest {

    @Inject TestClock clock;

    private static RequestSpecification browser() {
        return given().auth().none().redirects().follow(false);
    }

    /** The signed-in user as the API answers it to a browser with this session. */
    private static io.restassured.response.ValidatableResponse me(String session) {
        return browser()
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .get("/api/me")
                .then();
    }

    private static void changeAsAdministrator(long user, Map<String, Object> change) {
        given().auth()
                .preemptive()
                .basic("admin", org.rehabtrack.system.SignedInAsManager.DEMO_PASSWORD)
                .contentType(ContentType.JSON)
                .body(change)
                .patch("/api/users/{id}", user)
                .then()
                .statusCode(200);
    }

    static String signIn(String username, String password) {
        return TestSessions.signIn(username, password);
    }

    private static String newEngineer() {
        return SignInTest.createUser("ENGINEER", null).getKey();
    }

    @Test
    void theSignInFormIsProtectedAndItsCookiesAreHttpOnlyAndSameSiteStrict() {
        browser()
                .get("/login")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"))
                .body(containsString("name=\"csrf-token\""));
        String user = newEngineer();
        ExtractableResponse<Response> form = browser().get("/login").then().extract();
        String csrf = form.cookie(Csrf.COOKIE);
        browser()
                .cookie(Csrf.COOKIE, csrf)
                .contentType(ContentType.URLENC)
                .formParams(
                        Map.of("username", user, "password", SignInTest.PASSWORD, Csrf.FIELD, csrf))
                .post("/login")
                .then()
                .statusCode(303)
                .header("Set-Cookie", containsString("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"));
    }

    @Test
    void aFormPostedWithoutItsTokenOrWithAWrongPasswordOpensNoSession() {
        String user = newEngineer();
        String noSession =
                browser()
                        .contentType(ContentType.URLENC)
                        .formParams(Map.of("username", user, "password", SignInTest.PASSWORD))
                        .post("/login")
                        .then()
                        .statusCode(303)
                        .header("Location", containsString("error=csrf"))
                        .extract()
                        .cookie(SessionAuthenticationMechanism.COOKIE);
        assertEquals(null, noSession);
        String csrf = browser().get("/login").then().extract().cookie(Csrf.COOKIE);
        browser()
                .cookie(Csrf.COOKIE, csrf)
                .contentType(ContentType.URLENC)
                .formParams(
                        Map.of("username", user, "password", "not the password", Csrf.FIELD, csrf))
                .post("/login")
                .then()
                .statusCode(303)
                .header("Location", containsString("error=invalid"));
        browser().get("/login?error=invalid&lang=en").then().body(containsString("is not right"));
    }

    @Test
    void aRefusedSignInKeepsWhereTheUserWasGoingAndSaysWhy() {
        String center = TestCenters.create();
        String csrf = browser().get("/login").then().extract().cookie(Csrf.COOKIE);
        browser()
                .cookie(Csrf.COOKIE, csrf)
                .contentType(ContentType.URLENC)
                .formParams(
                        Map.of(
                                "username",
                                newEngineer(),
                                "password",
                                "not the password",
                                Csrf.FIELD,
                                csrf,
                                "next",
                                "/centers/" + center))
                .post("/login")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/login?error=invalid&next=%2Fcenters%2F" + center));
        // Every password check taken (SignIn answers busy): a message of its own, in both
        // languages.
        browser()
                .get("/login?error=busy&lang=en")
                .then()
                .body(containsString("try again in a few seconds"));
        browser()
                .get("/login?error=busy&lang=es")
                .then()
                .body(containsString("vuelva a intentarlo en unos segundos"));
    }

    @Test
    void aSessionSignsTheBrowserInAndSigningOutEndsItOnTheServer() {
        String user = newEngineer();
        String session = signIn(user, SignInTest.PASSWORD);
        me(session).statusCode(200).body("username", equalTo(user));
        browser()
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(user));

        Csrf csrf = io.quarkus.arc.Arc.container().instance(Csrf.class).get();
        browser()
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, "forged")
                .post("/logout")
                .then()
                .statusCode(303);
        me(session).statusCode(200);

        browser()
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .contentType(ContentType.URLENC)
                .formParam(Csrf.FIELD, csrf.tokenOf(session))
                .post("/logout")
                .then()
                .statusCode(303)
                .header("Location", containsString("signedOut"));
        // The same cookie, replayed, no longer signs in: the session ended on the server.
        me(session).statusCode(401);
    }

    @Test
    void aChangeThroughTheApiWithTheSessionCookieNeedsTheCsrfHeader() {
        String session = signIn("manager", org.rehabtrack.system.SignedInAsManager.DEMO_PASSWORD);
        Csrf csrf = io.quarkus.arc.Arc.container().instance(Csrf.class).get();
        browser()
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .patch("/api/milestones/999999")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        browser()
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .header(Csrf.HEADER, csrf.tokenOf(session))
                .contentType(ContentType.JSON)
                .body(Map.of("version", 0))
                .patch("/api/milestones/999999")
                .then()
                .statusCode(404);
    }

    @Test
    void anIdleSessionEnds() {
        String user = newEngineer();
        Instant start = Instant.now();
        try {
            clock.setInstant(start);
            String session = signIn(user, SignInTest.PASSWORD);
            clock.setInstant(start.plus(Duration.ofMinutes(29)));
            me(session).statusCode(200);
            clock.setInstant(start.plus(Duration.ofMinutes(29 + 31)));
            me(session).statusCode(401);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aDisabledUserLosesItsSessionAtOnce() {
        Map.Entry<String, Long> user = SignInTest.createUser("ENGINEER", null);
        String session = signIn(user.getKey(), SignInTest.PASSWORD);
        changeAsAdministrator(user.getValue(), Map.of("enabled", false, "version", 0));
        me(session).statusCode(401);
    }

    @Test
    void aNewRoleReachesAnOpenSessionAtOnce() {
        Map.Entry<String, Long> user = SignInTest.createUser("ENGINEER", null);
        String session = signIn(user.getKey(), SignInTest.PASSWORD);
        me(session).statusCode(200).body("role", equalTo("ENGINEER"));
        changeAsAdministrator(user.getValue(), Map.of("role", "MANAGER", "version", 0));
        me(session).statusCode(200).body("role", equalTo("MANAGER"));
    }

    /**
     * A session checked once is kept for a minute without asking the database again, unless the
     * session epoch moves: what another instance's sign-out does, in the same transaction as it
     * deletes the session. Done here in SQL, as that other instance would.
     */
    @Test
    void aSessionEndedThroughAnotherInstanceIsRefusedAtOnce() {
        String kept = signIn(newEngineer(), SignInTest.PASSWORD);
        String ended = signIn(newEngineer(), SignInTest.PASSWORD);
        for (String session : java.util.List.of(kept, ended)) {
            me(session).statusCode(200);
        }
        Instant start = Instant.now();
        try {
            clock.setInstant(start);
            // Deleted without the epoch: this instance has no reason to look again yet.
            deleteInTheDatabase(kept, false);
            me(kept).statusCode(200);
            clock.setInstant(start.plus(Duration.ofSeconds(61)));
            me(kept).statusCode(401);
            // Deleted with the epoch, as any instance's sign-out does: refused at once.
            me(ended).statusCode(200);
            deleteInTheDatabase(ended, true);
            me(ended).statusCode(401);
        } finally {
            clock.reset();
        }
    }

    @Inject jakarta.persistence.EntityManager em;
    @Inject SessionKey key;

    private void deleteInTheDatabase(String token, boolean raiseTheEpoch) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            int deleted =
                                    em.createNativeQuery(
                                                    "delete from user_session where token_hash = ?1")
                                            .setParameter(
                                                    1,
                                                    java.util.HexFormat.of()
                                                            .formatHex(key.hmac(token)))
                                            .executeUpdate();
                            assertEquals(1, deleted);
                            if (raiseTheEpoch) {
                                em.createNativeQuery("update session_epoch set epoch = epoch + 1")
                                        .executeUpdate();
                            }
                        });
    }

    @Test
    void theFrontPageSendsStrangersToSignIn() {
        browser().get("/").then().statusCode(303).header("Location", containsString("/login"));
    }
}

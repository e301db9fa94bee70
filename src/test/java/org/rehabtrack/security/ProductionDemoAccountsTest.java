package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Production refuses demo accounts whatever the database holds (say, a database that once ran as a
 * demo): through HTTP Basic, the sign-in form and a session opened before, all as for a wrong
 * password; and a start with REHABTRACK_REMOVE_DEMO_ACCOUNTS removes them.
 */
@QuarkusTest
@TestProfile(FirstAdministratorTest.NewInstallation.class)
class ProductionDemoAccountsTest {

    private static final String PASSWORD = "a demo account left in the database";

    @Inject UserService users;

    @Inject UserRepository accounts;

    @Inject Sessions sessions;

    @Inject ProductionAccounts productionAccounts;

    /** A demo account, as a demo run creates them, in production's database. */
    private String demoAccount() {
        String username = "demo-" + System.nanoTime() % 1_000_000;
        NewUser user = new NewUser();
        user.username = username;
        user.displayName = "Left over from a demo";
        user.role = Role.MANAGER;
        user.password = PASSWORD;
        QuarkusTransaction.requiringNew().run(() -> users.create(user, true, "test"));
        return username;
    }

    @Test
    void httpBasicRefusesADemoAccountAsAWrongPassword() {
        String demo = demoAccount();
        String refused =
                given().auth()
                        .preemptive()
                        .basic(demo, PASSWORD)
                        .get("/api/me")
                        .then()
                        .statusCode(401)
                        .extract()
                        .body()
                        .asString();
        String wrong =
                given().auth()
                        .preemptive()
                        .basic("ops-admin", "not the password")
                        .get("/api/me")
                        .then()
                        .statusCode(401)
                        .extract()
                        .body()
                        .asString();
        assertEquals(wrong, refused);
    }

    @Test
    void theSignInFormRefusesADemoAccount() {
        String demo = demoAccount();
        var form =
                given().auth()
                        .none()
                        .redirects()
                        .follow(false)
                        .get("/login")
                        .then()
                        .statusCode(200)
                        .extract();
        String csrf = form.cookie(Csrf.COOKIE);
        var answer =
                given().auth()
                        .none()
                        .redirects()
                        .follow(false)
                        .cookie(Csrf.COOKIE, csrf)
                        .contentType(ContentType.URLENC)
                        .formParams(
                                Map.of(
                                        "username",
                                        demo,
                                        "password",
                                        PASSWORD,
                                        Csrf.FIELD,
                                        csrf,
                                        "next",
                                        "/"))
                        .post("/login")
                        .then()
                        .statusCode(303)
                        .extract();
        assertTrue(answer.header("Location").contains("error=invalid"), answer.header("Location"));
        assertEquals(null, answer.cookie(SessionAuthenticationMechanism.COOKIE));
    }

    @Test
    void aSessionOpenedBeforeEndsAtItsNextUse() {
        String demo = demoAccount();
        String session = sessions.open(demo);
        given().auth()
                .none()
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .get("/api/me")
                .then()
                .statusCode(401);
        assertEquals(
                0L,
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        accounts.getEntityManager()
                                                .createQuery(
                                                        "select count(s) from UserSession s where s.user.username = :u",
                                                        Long.class)
                                                .setParameter("u", demo)
                                                .getSingleResult()),
                "the session is gone");
    }

    @Test
    void removingTheDemoAccountsRemovesThemAndTheirSessions() {
        String demo = demoAccount();
        sessions.open(demo);
        int removed =
                QuarkusTransaction.requiringNew().call(productionAccounts::removeDemoAccounts);
        assertTrue(removed >= 1, "removed " + removed);
        assertTrue(accounts.findByUsername(demo).isEmpty());
        assertEquals(
                0L, QuarkusTransaction.requiringNew().call(() -> accounts.count("demo", true)));
    }
}

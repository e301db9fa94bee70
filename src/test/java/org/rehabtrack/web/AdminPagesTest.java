package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestDatabases;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;

/**
 * The administrator's pages as a browser posts them: users listed, created with a first password,
 * changed, disabled and given a new password, and a backup written; what the service refuses comes
 * back in the form in the page's language, no password is ever drawn again, and no one else may.
 */
@QuarkusTest
class AdminPagesTest {

    @Inject Csrf csrf;

    private RequestSpecification form(String user) {
        return TestSessions.form(user, csrf);
    }

    private static long idOf(String username) {
        return given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/users")
                .then()
                .extract()
                .jsonPath()
                .getLong("find { it.username == '" + username + "' }.id");
    }

    @Test
    void anAdministratorCreatesAUserAndARefusedPasswordIsNeverDrawnAgain() {
        String username = "ingeniera" + System.nanoTime() % 100_000;
        String refused =
                form("admin")
                        .queryParam("lang", "es")
                        .formParam("username", username)
                        .formParam("displayName", "Ingeniera de Omoa")
                        .formParam("role", "ENGINEER")
                        .formParam("password", "password")
                        .post("/admin/users/new")
                        .then()
                        .statusCode(422)
                        .extract()
                        .asString();
        assertTrue(refused.contains("id=\"password-error\""), refused);
        assertTrue(!refused.contains("value=\"password\""), "the password is not drawn again");
        assertTrue(refused.contains("value=\"" + username + "\""), "the user name as typed");

        form("admin")
                .formParam("username", username)
                .formParam("displayName", "Ingeniera de Omoa")
                .formParam("role", "ENGINEER")
                .formParam("password", "sube la cuesta de Omoa con calma")
                .post("/admin/users/new")
                .then()
                .statusCode(303)
                .header("Location", containsString("/admin/users?outcome=created"));
        TestSessions.signIn(username, "sube la cuesta de Omoa con calma");
        TestSessions.page("admin")
                .queryParam("lang", "es")
                .queryParam("outcome", "created")
                .get("/admin/users")
                .then()
                .statusCode(200)
                .body(containsString("Usuario creado."))
                .body(containsString(username))
                .body(containsString("Ingeniera de Omoa"));
    }

    @Test
    void anAdministratorChangesARoleDisablesAUserAndSetsANewPassword() {
        String username = TestUsers.create("ENGINEER", null);
        long id = idOf(username);
        long version =
                given().auth()
                        .preemptive()
                        .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                        .get("/api/users/{id}", id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("version");
        form("admin")
                .formParam("version", version)
                .formParam("displayName", "Gerente suplente")
                .formParam("role", "MANAGER")
                .formParam("organisation", "")
                .formParam("email", "suplente@example.org")
                .formParam("language", "en")
                .post("/admin/users/{id}", id)
                .then()
                .statusCode(303)
                .header("Location", containsString("/admin/users/" + id + "?outcome=saved"));
        given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/users/{id}", id)
                .then()
                .body("role", equalTo("MANAGER"))
                .body("enabled", equalTo(false))
                .body("displayName", equalTo("Gerente suplente"))
                .body("email", equalTo("suplente@example.org"))
                .body("language", equalTo("en"));

        form("admin")
                .queryParam("lang", "en")
                .formParam("password", "short")
                .post("/admin/users/{id}/password", id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"password-error\""))
                .body(not(containsString("value=\"short\"")));
        form("admin")
                .formParam("password", "a new and longer pass phrase")
                .post("/admin/users/{id}/password", id)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=password"));
        TestSessions.page("admin")
                .queryParam("lang", "en")
                .queryParam("outcome", "password")
                .get("/admin/users/{id}", id)
                .then()
                .body(containsString("New password set"))
                .body(not(containsString(" checked>")));
    }

    @Test
    void aDonorUserNeedsItsOrganisationAndIsToldSoInItsLanguage() {
        String username = "donante" + System.nanoTime() % 100_000;
        form("admin")
                .queryParam("lang", "es")
                .formParam("username", username)
                .formParam("displayName", "Donante sin organización")
                .formParam("role", "DONOR")
                .formParam("organisation", "")
                .formParam("password", "una frase de paso bastante larga")
                .post("/admin/users/new")
                .then()
                .statusCode(422)
                .body(containsString("id=\"organisation-error\""));
        given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/users")
                .then()
                .body("find { it.username == '" + username + "' }", equalTo(null));
    }

    @Test
    void anAdministratorWritesABackupFromItsPage() {
        String answer =
                form("admin")
                        .queryParam("lang", "en")
                        .post("/admin/backup")
                        .then()
                        .statusCode(TestDatabases.postgresql() ? 409 : 200)
                        .extract()
                        .asString();
        assertTrue(
                TestDatabases.postgresql()
                        ? answer.contains("class=\"error\"")
                        : answer.contains("Backup written: rehabtrack-"),
                answer);
    }

    @Test
    void onlyAnAdministratorSeesOrUsesThesePages() {
        TestSessions.page("manager")
                .accept("text/html")
                .get("/admin/users")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML);
        form("manager")
                .formParam("username", "intruso")
                .formParam("displayName", "Intruso")
                .formParam("role", "ADMIN")
                .formParam("password", "una frase de paso bastante larga")
                .post("/admin/users/new")
                .then()
                .statusCode(403);
        form("manager").post("/admin/backup").then().statusCode(403);
        TestSessions.page("manager")
                .get("/")
                .then()
                .body(not(containsString("href=\"/admin/users\"")));
        TestSessions.page("admin").get("/").then().body(containsString("href=\"/admin/users\""));
    }
}

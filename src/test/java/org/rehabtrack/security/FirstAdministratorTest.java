package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestDatabases;

/**
 * A new installation without demo accounts gets its first administrator from two settings, and only
 * while it has none: production then has someone to sign in and create the other users.
 */
@QuarkusTest
@TestProfile(FirstAdministratorTest.NewInstallation.class)
class FirstAdministratorTest {

    static final String PASSWORD = "first-admin-password-2026";

    /**
     * Production (not a demo), with its own session key: an empty database, as production starts.
     */
    public static class NewInstallation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                String url =
                        TestDatabases.postgresql()
                                ? TestDatabases.fresh("first_admin").get("REHABTRACK_DB_URL")
                                : "jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1";
                return Map.of(
                        "rehabtrack.demo",
                        "false",
                        "rehabtrack.security.session-key",
                        "a-production-session-key-of-32-characters-or-more",
                        "rehabtrack.security.first-admin.username",
                        "ops-admin",
                        "rehabtrack.security.first-admin.password",
                        PASSWORD,
                        "quarkus.datasource.jdbc.url",
                        url);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject FirstAdministrator firstAdministrator;

    @Inject UserRepository accounts;

    @Test
    void theFirstAdministratorSignsInAndCreatesUsers() {
        given().auth()
                .preemptive()
                .basic("ops-admin", PASSWORD)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("ADMIN"));
        given().auth()
                .preemptive()
                .basic("ops-admin", PASSWORD)
                .contentType("application/json")
                .body(
                        Map.of(
                                "username",
                                "maria.lopez",
                                "displayName",
                                "María López",
                                "role",
                                "MANAGER",
                                "password",
                                "another-good-password-1"))
                .post("/api/users")
                .then()
                .statusCode(201);
    }

    @Test
    void theLastAdministratorWhoCanSignInCannotBeDisabledOrDemoted() {
        long id = ensureOnlyOpsAdminIsAnEnabledAdministrator();
        long version =
                asOpsAdmin()
                        .get("/api/users/{id}", id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("version");
        asOpsAdmin()
                .contentType("application/json")
                .body(Map.of("enabled", false, "version", version))
                .patch("/api/users/{id}", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/last-administrator"));
        asOpsAdmin()
                .contentType("application/json")
                .header("Accept-Language", "es")
                .body(Map.of("role", "MANAGER", "version", version))
                .patch("/api/users/{id}", id)
                .then()
                .statusCode(409)
                .body("title", equalTo("Último administrador"));
        asOpsAdmin().get("/api/me").then().statusCode(200).body("role", equalTo("ADMIN"));

        // With a second administrator, the first may step down.
        long second =
                asOpsAdmin()
                        .contentType("application/json")
                        .body(
                                Map.of(
                                        "username",
                                        "second-admin-" + System.nanoTime() % 100_000,
                                        "displayName",
                                        "Second",
                                        "role",
                                        "ADMIN",
                                        "password",
                                        "second-admin-password-2026"))
                        .post("/api/users")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        asOpsAdmin()
                .contentType("application/json")
                .body(Map.of("displayName", "Ops (stepping down)", "version", version))
                .patch("/api/users/{id}", id)
                .then()
                .statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> accounts.deleteById(second));
    }

    @Test
    void theSettingsRecoverAnInstallationWhoseAdministratorsAreAllDisabled() {
        ensureOnlyOpsAdminIsAnEnabledAdministrator();
        QuarkusTransaction.requiringNew()
                .run(() -> accounts.findByUsername("ops-admin").orElseThrow().setEnabled(false));
        given().auth()
                .preemptive()
                .basic("ops-admin", PASSWORD)
                .get("/api/me")
                .then()
                .statusCode(401);

        firstAdministrator.ensure("ops-admin", "a-recovered-password-2026");
        given().auth()
                .preemptive()
                .basic("ops-admin", "a-recovered-password-2026")
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("role", equalTo("ADMIN"));

        // Back as the other tests expect it.
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                accounts.findByUsername("ops-admin")
                                        .orElseThrow()
                                        .setPasswordHash(
                                                io.quarkus.elytron.security.common.BcryptUtil
                                                        .bcryptHash(PASSWORD, 4)));
    }

    private static io.restassured.specification.RequestSpecification asOpsAdmin() {
        return given().auth().preemptive().basic("ops-admin", PASSWORD);
    }

    /** Disables every administrator but ops-admin, so that it is the last one; answers its id. */
    private long ensureOnlyOpsAdminIsAnEnabledAdministrator() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            accounts.list("role", Role.ADMIN).stream()
                                    .filter(u -> !u.getUsername().equals("ops-admin"))
                                    .forEach(u -> u.setEnabled(false));
                            UserAccount ops = accounts.findByUsername("ops-admin").orElseThrow();
                            ops.setEnabled(true);
                            return ops.getId();
                        });
    }

    @Test
    void onceAnAdministratorExistsTheSettingsAreIgnored() {
        long before = accounts.count();
        firstAdministrator.ensure("another-admin", "yet-another-good-password");
        assertEquals(before, accounts.count());
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartWithTheReason() {
        IllegalStateException refused =
                assertThrows(
                        IllegalStateException.class,
                        () -> firstAdministrator.ensure("ops-admin", "short"));
        assertTrue(
                refused.getMessage().startsWith("The first administrator is refused: password: "),
                refused.getMessage());
    }
}

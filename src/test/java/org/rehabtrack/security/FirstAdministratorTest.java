package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestDatabases;

/**
 * A new installation without demo accounts gets its first administrator from two settings, and
 * only while it has none: production then has someone to sign in and create the other users.
 */
@QuarkusTest
@TestProfile(FirstAdministratorTest.NewInstallation.class)
class FirstAdministratorTest {

    static final String PASSWORD = "first-admin-password-2026";

    /** No sample data, no demo accounts: an empty database, as production starts. */
    public static class NewInstallation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                String url = TestDatabases.postgresql() ? TestDatabases.fresh("first_admin").get("REHABTRACK_DB_URL")
                        : "jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1";
                return Map.of("rehabtrack.sample-data.load", "false",
                        "rehabtrack.security.demo-accounts", "false",
                        "rehabtrack.security.first-admin.username", "ops-admin",
                        "rehabtrack.security.first-admin.password", PASSWORD,
                        "quarkus.datasource.jdbc.url", url);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    UserRepository accounts;

    @Test
    void theFirstAdministratorSignsInAndCreatesUsers() {
        given().auth().preemptive().basic("ops-admin", PASSWORD).get("/api/me")
                .then().statusCode(200).body("role", equalTo("ADMIN"));
        given().auth().preemptive().basic("ops-admin", PASSWORD).contentType("application/json")
                .body(Map.of("username", "maria.lopez", "displayName", "María López", "role", "MANAGER",
                        "password", "another-good-password-1"))
                .post("/api/users").then().statusCode(201);
    }

    @Test
    void onceAnAdministratorExistsTheSettingsAreIgnored() {
        long before = accounts.count();
        firstAdministrator.ensure("another-admin", "yet-another-good-password");
        assertEquals(before, accounts.count());
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartWithTheReason() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> firstAdministrator.ensure("ops-admin", "short"));
        assertTrue(refused.getMessage().startsWith("The first administrator is refused: password: "), refused.getMessage());
    }
}

package org.rehabtrack.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: texts stored before the service refused them are cleaned by the V18 migration ({@link
 * StoredTexts}): each character {@link Text} refuses becomes U+FFFD, and what it spoiled (the list
 * of centers) answers again.
 */
@QuarkusTest
class StoredTextsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject AgroalDataSource database;

    @Test
    void theMigrationRanAtStartUp() throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "select \"success\" from \"flyway_schema_history\" where \"version\" = '18'");
                ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), "V18 is in Flyway's history");
            assertTrue(row.getBoolean(1), "V18 succeeded");
        }
    }

    @Test
    void anUnpairedSurrogateStoredInACenterNameIsWrittenEscapedUntilCleaned()
            throws SQLException, IOException {
        Assumptions.assumeFalse(
                TestDatabases.postgresql(), "PostgreSQL cannot store an unpaired surrogate at all");
        String code = TestCenters.create();
        long version =
                given().get("/api/centers/{code}", code)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("version");
        try {
            setText(code, "name", "Centro \uD800 roto");
            setText(code, "municipality", "Omoa \uD83C\uDFD7 \uDC00");
            // JSON escapes the half pair (\uD800), so the list and the center's own answer stay
            // readable, and say the same, while the text is stored: never a 400 blaming the
            // request.
            Response list = given().queryParam("size", 500).get("/api/centers");
            assertEquals(200, list.statusCode());
            Response own = given().get("/api/centers/{code}", code);
            assertEquals(200, own.statusCode());
            JsonNode listed = null;
            for (JsonNode item : JSON.readTree(list.asByteArray())) {
                if (item.get("code").asText().equals(code)) {
                    listed = item;
                }
            }
            assertEquals(JSON.readTree(own.asByteArray()), listed);
            assertEquals("Centro \uD800 roto", listed.get("name").asText());

            Map<String, Integer> cleaned = clean();
            assertEquals(1, cleaned.get("center.name"), cleaned.toString());
            assertEquals(1, cleaned.get("center.municipality"), cleaned.toString());

            given().queryParam("size", 500).get("/api/centers").then().statusCode(200);
            given().get("/api/centers/{code}", code)
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("Centro \uFFFD roto"))
                    .body("municipality", equalTo("Omoa \uD83C\uDFD7 \uFFFD"))
                    .body("version", equalTo((int) version + 2));
            assertTrue(clean().isEmpty(), "a second run finds nothing");
        } finally {
            clean();
        }
    }

    @Test
    void noncharactersAndNulStoredAreReplacedAndEverythingElseKept() throws SQLException {
        String code = TestCenters.create();
        String name =
                TestDatabases.postgresql() ? "Centro \uFFFF \uFFFE" : "Centro \uFFFF \uFFFE \u0000";
        String replaced =
                TestDatabases.postgresql() ? "Centro \uFFFD \uFFFD" : "Centro \uFFFD \uFFFD \uFFFD";
        setText(code, "name", name);
        setText(code, "department", "Cortés \u202eRTL\u202c \uD83C\uDFD7 \u0007 \uFFFD");
        Map<String, Integer> cleaned = clean();
        assertEquals(Map.of("center.name", 1), cleaned);
        assertEquals(replaced, text(code, "name"));
        assertEquals("Cortés \u202eRTL\u202c \uD83C\uDFD7 \u0007 \uFFFD", text(code, "department"));
    }

    private Map<String, Integer> clean() throws SQLException {
        try (Connection connection = database.getConnection()) {
            return StoredTexts.clean(connection);
        }
    }

    private void setText(String code, String column, String value) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement update =
                        connection.prepareStatement(
                                "update center set " + column + " = ? where code = ?")) {
            update.setString(1, value);
            update.setString(2, code);
            assertEquals(1, update.executeUpdate());
        }
    }

    private String text(String code, String column) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query =
                        connection.prepareStatement(
                                "select " + column + " from center where code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }
}

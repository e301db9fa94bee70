package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evaluations and findings of test centers, made through the API. */
public final class TestEvaluations {

    private TestEvaluations() {}

    public static Map<String, Object> body(String kind, Map<String, Object> measurements) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("date", LocalDate.now().minusDays(1).toString());
        body.put("leadEngineer", "Ing. Prueba");
        body.put("measurements", measurements);
        body.put(
                "services",
                List.of(
                        Map.of(
                                "service",
                                "FIRST_AID",
                                "rating",
                                "PARTIAL",
                                "note",
                                "Weekdays only")));
        return body;
    }

    /** Records an evaluation of the center and answers its id. */
    public static long create(String code, String kind, Map<String, Object> measurements) {
        return given().contentType(ContentType.JSON)
                .body(body(kind, measurements))
                .post("/api/centers/{code}/evaluations", code)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static Map<String, Object> findingBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "SANITATION");
        body.put("severity", "HIGH");
        body.put("title", "Too few toilets");
        body.put("location", "Bloque B");
        body.put("recommendation", "Build four more");
        body.put("estimatedCost", Map.of("amount", "125000.50", "currency", "HNL"));
        return body;
    }

    /** Logs a finding of the given severity on an evaluation and answers its id. */
    public static long finding(long evaluation, String severity) {
        return finding(
                evaluation, severity, "Finding " + severity.toLowerCase(java.util.Locale.ROOT));
    }

    /** Logs a finding of the given severity and title on an evaluation and answers its id. */
    public static long finding(long evaluation, String severity, String title) {
        Map<String, Object> body = findingBody();
        body.put("severity", severity);
        body.put("title", title);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Logs a finding on a new evaluation of a new center and answers its id. */
    public static long createFinding() {
        long evaluation =
                create(TestCenters.create(), "INITIAL", Map.of("personsDesignCapacity", 50));
        return given().contentType(ContentType.JSON)
                .body(findingBody())
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}

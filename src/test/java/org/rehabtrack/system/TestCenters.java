package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers centers of their own for tests that change things, so the sample centers stay as
 * loaded.
 */
public final class TestCenters {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestCenters() {}

    /** A valid creation body with a code no other test uses. */
    public static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "TEST-" + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet());
        body.put("name", "Centro de prueba");
        body.put("type", "CAM");
        body.put("department", "Cortés");
        body.put("municipality", "Puerto Cortés");
        body.put("capacity", 120);
        body.put("administeringInstitution", "SRECI");
        return body;
    }

    /** Registers a center and answers its code. */
    public static String create() {
        Map<String, Object> body = body();
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(201);
        return (String) body.get("code");
    }

    /** The id of a center's milestone of the given kind. */
    public static long milestoneId(String code, String kind) {
        List<Map<String, Object>> milestones =
                given().get("/api/centers/{code}/milestones", code)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$");
        return milestones.stream()
                .filter(m -> kind.equals(m.get("kind")))
                .map(m -> ((Number) m.get("id")).longValue())
                .findFirst()
                .orElseThrow();
    }

    /** The current version of a milestone. */
    public static long milestoneVersion(long id) {
        return given().get("/api/milestones/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }
}

package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers centers of their own for tests, administered by an institution of their own, so no test
 * reads or changes the sample centers.
 */
public final class TestCenters {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestCenters() {}

    /** A valid creation body with a code no other test uses (its institution is registered now). */
    public static Map<String, Object> body() {
        return body(TestPartners.institution());
    }

    /** A valid creation body with a code no other test uses, administered by the institution. */
    public static Map<String, Object> body(String institution) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "TEST-" + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet());
        body.put("name", "Centro de prueba");
        body.put("type", "CAM");
        body.put("department", "Cortés");
        body.put("municipality", "Puerto Cortés");
        body.put("capacity", 120);
        body.put("administeringInstitution", institution);
        return body;
    }

    /** Registers a center and answers its code. */
    public static String create() {
        return create(Map.of());
    }

    /** Registers a center with some fields of its own (a phase, a type...) and answers its code. */
    public static String create(Map<String, Object> fields) {
        Map<String, Object> body = body();
        body.putAll(fields);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(201);
        return (String) body.get("code");
    }

    /**
     * Registers a center with one record of most kinds, for tests that walk every endpoint about a
     * center: an evaluation with a finding, an agreement, a grant's allocation and a package under
     * way that addresses the finding. Answers its code.
     */
    public static String withRecords() {
        String code = create();
        long evaluation =
                TestEvaluations.create(code, "INITIAL", Map.of("personsDesignCapacity", 50));
        long finding =
                given().contentType(ContentType.JSON)
                        .body(TestEvaluations.findingBody())
                        .post("/api/evaluations/{id}/findings", evaluation)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        TestUsers.agreement(code, List.of(TestPartners.institution(), TestPartners.institution()));
        TestFunding.allocate(TestFunding.grant("200000.00", "USD"), code, "150000.00", "USD");
        TestWorks.underWay(code, "WP-01", List.of(finding));
        return code;
    }

    /**
     * Every center of the list the caller sees, read page by page (the list holds every test's
     * centers, more than one page), with the query parameters given, by code.
     */
    public static Map<String, Map<String, Object>> listed(Map<String, Object> query) {
        Map<String, Map<String, Object>> byCode = new java.util.LinkedHashMap<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> items =
                    given().queryParams(query)
                            .queryParam("size", 500)
                            .queryParam("page", page)
                            .get("/api/centers")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("$");
            items.forEach(item -> byCode.put((String) item.get("code"), item));
            if (items.size() < 500) {
                return byCode;
            }
        }
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

    /**
     * Moves a new center from evaluation to partnership on a day, its gate milestone reached that
     * day: a phase change, as a manager records it.
     */
    public static void enterPartnership(String code, String date) {
        TestMilestones.date(code, "EVALUATION_COMPLETED", null, null, date);
        long version = given().get("/api/centers/{code}", code).jsonPath().getLong("version");
        given().contentType(ContentType.JSON)
                .body(Map.of("phase", "PARTNERSHIP", "phaseChangeDate", date, "version", version))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200);
    }
}

package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** The milestones of test centers, dated through the API. */
public final class TestMilestones {

    private TestMilestones() {}

    /**
     * Dates a center's milestone of the given kind (null leaves a date unset), as a manager does,
     * and answers its id. Actual dates may not be after the application's today.
     */
    public static long date(
            String center, String kind, String baseline, String forecast, String actual) {
        long id = TestCenters.milestoneId(center, kind);
        Map<String, Object> body = new HashMap<>();
        if (baseline != null) {
            body.put("baselineDate", baseline);
        }
        if (forecast != null) {
            body.put("forecastDate", forecast);
        }
        if (actual != null) {
            body.put("actualDate", actual);
        }
        body.put("version", TestCenters.milestoneVersion(id));
        given().contentType(ContentType.JSON)
                .body(body)
                .patch("/api/milestones/{id}", id)
                .then()
                .statusCode(200);
        return id;
    }

    /** Adds a custom milestone to a center and answers its id. */
    public static long custom(String center, String name, String baseline, String forecast) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CUSTOM");
        body.put("name", name);
        body.put("baselineDate", baseline);
        body.put("forecastDate", forecast);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/milestones", center)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}

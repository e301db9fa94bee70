package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Registers partners of their own for tests (institutions, contractors, donors), so no test needs
 * the sample data's partners.
 */
public final class TestPartners {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestPartners() {}

    /**
     * Registers a partner of the given kind (STATE, CONTRACTOR, DONOR...) and answers its acronym.
     */
    public static String create(String kind) {
        String acronym =
                kind.replace("_", "").substring(0, 3)
                        + System.nanoTime() % 100_000
                        + NEXT.incrementAndGet();
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "acronym",
                                acronym,
                                "name",
                                "Socio de prueba " + acronym,
                                "kind",
                                kind))
                .post("/api/partners")
                .then()
                .statusCode(201);
        return acronym;
    }

    /** A State institution of its own. */
    public static String institution() {
        return create("STATE");
    }

    /** A contractor of its own. */
    public static String contractor() {
        return create("CONTRACTOR");
    }
}

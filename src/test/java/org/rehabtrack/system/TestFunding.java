package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers grants of their own for tests, so the sample grants stay as loaded. */
public final class TestFunding {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestFunding() {}

    /**
     * Registers a grant of the given amount and currency, of a donor of its own, and answers its
     * code.
     */
    public static String grant(String amount, String currency) {
        return grant(amount, currency, donor());
    }

    /** Registers a grant of a donor (a partner's acronym), and answers its code. */
    public static String grant(String amount, String currency, String donor) {
        String code = "GRANT-" + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("donor", donor);
        body.put("amount", Map.of("amount", amount, "currency", currency));
        body.put("startDate", "2026-01-01");
        body.put("endDate", "2027-12-31");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/funding-sources")
                .then()
                .statusCode(201);
        return code;
    }

    /** Registers a donor of its own, and answers its acronym. */
    public static String donor() {
        String acronym = "DON" + System.nanoTime() % 100_000 + NEXT.incrementAndGet();
        given().contentType(ContentType.JSON)
                .body(Map.of("acronym", acronym, "name", "Donante de prueba", "kind", "DONOR"))
                .post("/api/partners")
                .then()
                .statusCode(201);
        return acronym;
    }

    /** Allocates part of a grant to a center's construction budget. */
    public static void allocate(String grant, String center, String amount, String currency) {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "center",
                                center,
                                "category",
                                "CONSTRUCTION",
                                "amount",
                                Map.of("amount", amount, "currency", currency)))
                .post("/api/funding-sources/{code}/allocations", grant)
                .then()
                .statusCode(201);
    }
}

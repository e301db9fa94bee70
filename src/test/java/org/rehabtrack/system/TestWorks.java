package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Works packages for tests, made through the API. */
public final class TestWorks {

    private TestWorks() {}

    /** The body of a package of 100,000 USD over 2026. */
    public static Map<String, Object> body(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "Roof replacement");
        body.put("budget", Map.of("amount", "100000.00", "currency", "USD"));
        body.put("plannedStart", "2026-01-01");
        body.put("plannedEnd", "2026-12-31");
        return body;
    }

    /** A package of 100,000 USD over 2026, planned, addressing the findings given. */
    public static long planned(String center, String code, List<Long> findings) {
        Map<String, Object> body = body(code);
        body.put("findings", findings);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/work-packages", center)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A package taken to IN_PROGRESS through tendering and contract. */
    public static long underWay(String center, String code, List<Long> findings) {
        return underWay(center, code, findings, TestPartners.contractor());
    }

    /** A package taken to IN_PROGRESS through tendering and a contract with the contractor. */
    public static long underWay(
            String center, String code, List<Long> findings, String contractor) {
        long id = planned(center, code, findings);
        move(id, Map.of("status", "TENDERING"));
        move(
                id,
                Map.of(
                        "status",
                        "CONTRACTED",
                        "contractor",
                        contractor,
                        "contractAmount",
                        Map.of("amount", "95000.00", "currency", "USD")));
        move(id, Map.of("status", "IN_PROGRESS"));
        return id;
    }

    /** A package finished: 100% reported today, then COMPLETED, which resolves its findings. */
    public static long completed(String center, String code, List<Long> findings) {
        long id = underWay(center, code, findings);
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "date",
                                java.time.LocalDate.now().toString(),
                                "percentComplete",
                                "100"))
                .post("/api/work-packages/{id}/progress", id)
                .then()
                .statusCode(201);
        move(id, Map.of("status", "COMPLETED"));
        return id;
    }

    private static void move(long id, Map<String, Object> change) {
        Map<String, Object> body = new HashMap<>(change);
        body.put(
                "version",
                given().get("/api/work-packages/{id}", id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("version"));
        given().contentType(ContentType.JSON)
                .body(body)
                .patch("/api/work-packages/{id}", id)
                .then()
                .statusCode(200);
    }

    /** Records a payment of the package, charged to the grant, in USD. */
    public static void pay(long workPackage, String date, String amount, String grant) {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "date",
                                date,
                                "amount",
                                Map.of("amount", amount, "currency", "USD"),
                                "fundingSource",
                                grant,
                                "reference",
                                "FAC-" + date))
                .post("/api/work-packages/{id}/expenditures", workPackage)
                .then()
                .statusCode(201);
    }
}

package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;

/**
 * The permission matrix of docs/security.md, read from the document itself and checked cell by cell
 * against the service: a refused cell answers 403, an allowed one neither 401 nor 403; every
 * endpoint answers 401 without credentials; and the matrix lists exactly the API's endpoints. Path
 * parameters name nothing that exists, so no allowed request changes anything.
 */
@QuarkusTest
class PermissionMatrixTest {

    private static final List<String> ROLES =
            List.of("admin", "manager", "engineer", "donor", "partner");
    private static final Pattern ROW =
            Pattern.compile("^\\| `(GET|POST|PUT|PATCH|DELETE) (/api/[^`]*)` \\|(.*)\\|$");

    /** One row of the matrix: an endpoint and, for each role in {@link #ROLES} order, its cell. */
    record Row(String method, String path, List<String> cells) {

        String endpoint() {
            return method + " " + path;
        }
    }

    static List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/security.md"))) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                List<String> cells =
                        java.util.Arrays.stream(m.group(3).split("\\|"))
                                .map(String::strip)
                                .toList();
                assertEquals(ROLES.size(), cells.size(), line);
                rows.add(new Row(m.group(1), m.group(2), cells));
            }
        }
        return rows;
    }

    private static String concrete(String path) {
        return path.replace("{code}", "NO-SUCH-CODE")
                .replace("{acronym}", "NOSUCH")
                .replaceAll("\\{[a-zA-Z]+\\}", "999999");
    }

    private static RequestSpecification request(Row row, RequestSpecification spec) {
        if (row.method().equals("GET") || row.method().equals("DELETE")) {
            return spec;
        }
        if (row.path().endsWith("/photos")
                || row.path().endsWith("/boq")
                || row.path().endsWith("/import")
                || row.path().endsWith("/verify")) {
            return spec.multiPart("note", "matrix");
        }
        return spec.contentType("application/json").body("{}");
    }

    private static int call(Row row, RequestSpecification spec) {
        return request(row, spec)
                .request(row.method(), concrete(row.path()))
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void listsEveryEndpointOfTheApiAndNoOther() throws IOException {
        Map<String, Object> paths =
                given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("paths");
        Set<String> api = new TreeSet<>();
        paths.forEach(
                (path, operations) ->
                        ((Map<?, ?>) operations)
                                .keySet().stream()
                                        .map(Object::toString)
                                        .filter(
                                                method ->
                                                        Set.of(
                                                                        "get", "post", "put",
                                                                        "patch", "delete")
                                                                .contains(method))
                                        .forEach(
                                                method ->
                                                        api.add(
                                                                method.toUpperCase(
                                                                                java.util.Locale
                                                                                        .ROOT)
                                                                        + " "
                                                                        + path)));
        Set<String> documented =
                matrix().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(api, documented);
    }

    @Test
    void everyEndpointAsksForCredentials() throws IOException {
        for (Row row : matrix()) {
            assertEquals(401, call(row, given().auth().none()), row.endpoint());
        }
    }

    @Test
    void everyCellHoldsForItsRole() throws IOException {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : matrix()) {
            for (int i = 0; i < ROLES.size(); i++) {
                String cell = row.cells().get(i);
                int status =
                        call(
                                row,
                                given().auth()
                                        .preemptive()
                                        .basic(ROLES.get(i), SignedInAsManager.DEMO_PASSWORD));
                boolean holds =
                        cell.equals("✗")
                                ? status == 403
                                : status != 401 && status != 403 && status < 500;
                if (!holds) {
                    wrong.add(
                            row.endpoint() + " as " + ROLES.get(i) + " (" + cell + "): " + status);
                }
                checked++;
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(checked >= 5 * 70, "cells checked: " + checked);
    }
}

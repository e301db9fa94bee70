package org.rehabtrack.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestPartners;

/**
 * A malformed {@code Accept-Language} and out-of-range paging answer 4xx or fall back to a default,
 * never 5xx: on every GET endpoint of the permission matrix (docs/security.md) and on the pages.
 */
@QuarkusTest
class LanguageAndPagingTest {

    private static final Pattern ROW = Pattern.compile("^\\| `GET (/api/[^`]*)` \\|.*\\|$");

    /** Headers a client may send that are no valid language list (RFC 9110 12.5.4). */
    private static final List<String> MALFORMED =
            List.of(
                    "es;q=abc",
                    "es;q=",
                    "es;q=2",
                    "en;q=-1",
                    ";;;",
                    "es,;q=1",
                    "es;q=0.5;q=abc",
                    "*;q=nan",
                    "es;q=1e400",
                    "es;;q",
                    "\u00e9s");

    private static List<String> pages(String center) {
        return List.of(
                "/",
                "/centers/" + center,
                "/reports",
                "/login",
                "/centers/" + center + "/findings/new");
    }

    /**
     * Every GET endpoint of the API, its codes named after a center with records of each kind (and
     * one of its partners) and its ids after none.
     */
    private static List<String> apiPaths(String center, String acronym) throws IOException {
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/security.md"))) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                paths.add(
                        m.group(1)
                                .replace("{code}", center)
                                .replace("{acronym}", acronym)
                                .replaceAll("\\{[a-zA-Z]+\\}", "999999"));
            }
        }
        assertTrue(paths.size() > 30, "the matrix's GET endpoints: " + paths);
        return paths;
    }

    @Test
    void aMalformedAcceptLanguageFallsBackToEnglishOnEveryEndpointAndPage() throws IOException {
        List<String> failures = new ArrayList<>();
        String center = TestCenters.withRecords();
        List<String> targets = new ArrayList<>(apiPaths(center, TestPartners.institution()));
        targets.addAll(pages(center));
        for (String header : MALFORMED) {
            for (String path : targets) {
                int status =
                        given().header("Accept-Language", header)
                                .redirects()
                                .follow(false)
                                .get(path)
                                .then()
                                .extract()
                                .statusCode();
                if (status >= 500) {
                    failures.add(status + " for " + path + " with Accept-Language: " + header);
                }
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " answers 5xx:\n" + String.join("\n", failures));
        // The fallback is the default language; a valid entry beside a malformed one still counts.
        given().header("Accept-Language", "es;q=abc")
                .get("/api/centers/NO-SUCH")
                .then()
                .statusCode(404)
                .body("title", equalTo("Not found"));
        given().header("Accept-Language", "fr;q=abc, es;q=0.8")
                .get("/api/centers/NO-SUCH")
                .then()
                .statusCode(404)
                .body("title", equalTo("No encontrado"));
        given().auth()
                .none()
                .header("Accept-Language", "es;q=abc")
                .get("/api/centers")
                .then()
                .statusCode(401);
    }

    @Test
    void outOfRangePagingIsRefusedOnEveryList() {
        String center = TestCenters.withRecords();
        List<String> lists =
                List.of(
                        "/api/centers",
                        "/api/centers/" + center + "/findings",
                        "/api/centers/" + center + "/history",
                        "/api/history");
        List<String> pages =
                List.of(
                        "2147483647",
                        "2147483646",
                        "4294968",
                        "-1",
                        "0",
                        "-2147483648",
                        "2147483648",
                        "99999999999999999999",
                        "1.5",
                        "abc",
                        "");
        List<String> sizes = List.of("500", "501", "0", "-1", "2147483647", "-2147483648", "abc");
        List<String> failures = new ArrayList<>();
        for (String list : lists) {
            for (String page : pages) {
                for (String size : sizes) {
                    int status =
                            given().queryParam("page", page)
                                    .queryParam("size", size)
                                    .get(list)
                                    .then()
                                    .extract()
                                    .statusCode();
                    if (status >= 500) {
                        failures.add(status + " for " + list + "?page=" + page + "&size=" + size);
                    }
                }
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.size() + " answers 5xx:\n" + String.join("\n", failures));
        // The last page that can be asked for answers, empty, with the list's total.
        given().queryParam("page", 4294967)
                .queryParam("size", 500)
                .get("/api/centers")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().queryParam("page", 2147483647)
                .get("/api/centers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
        for (String page : pages(center)) {
            int status =
                    given().queryParam("page", "2147483647")
                            .queryParam("size", "-1")
                            .redirects()
                            .follow(false)
                            .get(page)
                            .then()
                            .extract()
                            .statusCode();
            assertTrue(status < 500, page + " answered " + status);
        }
    }
}

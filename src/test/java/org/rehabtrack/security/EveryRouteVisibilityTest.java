package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestPhotos;
import org.rehabtrack.system.TestWorks;

/**
 * Every route of the API that names a record, in its path or in its query, read from the OpenAPI
 * document, is asked by a donor and by a State partner for a record outside their scope: they get
 * the answer of a record that does not exist ({@code 404} problem+json for a record of the path),
 * while the manager reads it. A route the test cannot give a record fails it, naming the route, so
 * a new route is covered the day it is added: give it a record in {@link #recordsOfThePath} or
 * {@link #recordsOfTheQuery}, or, if it truly carries no record of a center or a grant, a reason in
 * {@link #SHARED} or {@link #NOT_A_RECORD}.
 */
@QuarkusTest
class EveryRouteVisibilityTest {

    private static final String PASSWORD = SignInTest.PASSWORD;
    private static final String PROBLEM = "application/problem+json";
    private static final String NO_SUCH_ID = "987654321";
    private static final String NO_SUCH_CODE = "NO-SUCH-RECORD-1";

    /**
     * Records that are no center's and no donor's: reference data every signed-in user reads
     * (docs/security.md: ✓ for every role). The test checks that the donor and the partner read
     * them, so that one moved under a center would fail here until it is given a hidden record.
     */
    private static final Set<String> SHARED =
            Set.of(
                    // The institutions (State partners, donors, IOM): named in agreements and
                    // grants.
                    "partners/{acronym}",
                    // The exchange rates: one table for the whole portfolio.
                    "exchange-rates/{id}");

    /**
     * Query parameters that name no record: periods, dates, language, paging, filters by a value.
     * Each lets a caller narrow what it may already see, never reach what it may not.
     */
    private static final Set<String> NOT_A_RECORD =
            Set.of(
                    "from",
                    "to",
                    "statusDate",
                    "lang",
                    "page",
                    "size", // period, date, language,
                    // paging
                    "phase",
                    "status",
                    "severity",
                    "category",
                    "currency", // filters by a value
                    // The archive's: which report, and the days the workbooks were issued.
                    "report",
                    "issuedFrom",
                    "issuedTo",
                    // A kind of record in the history ("Milestone"), not a record.
                    "record",
                    // A user name in the history: the entries are those of the centers the reader
                    // sees (/api/history is for managers and administrators only).
                    "user");

    /** Query parameters a route needs to answer the manager at all (no record among them). */
    private static final Map<String, Map<String, String>> REQUIRED =
            Map.of(
                    "/api/centers/{code}/preliminary-project/comparison",
                    Map.of("from", "1", "to", "1"));

    private String hiddenCenter;
    private final Map<String, String> path = new HashMap<>();
    private final Map<String, String> query = new HashMap<>();

    /**
     * Builds one record of every kind in a center neither the donor nor the partner sees, charged
     * to another donor's grant, and answers the value of each path parameter, by the segment before
     * it and its name ({@code milestones/{id}}).
     */
    private Map<String, String> recordsOfThePath() {
        hiddenCenter = TestCenters.create();
        String otherDonor = TestFunding.donor();
        String grant = TestFunding.grant("900000.00", "USD", otherDonor);
        TestFunding.allocate(grant, hiddenCenter, "500000.00", "USD");
        long milestone =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "kind", "CUSTOM",
                                        "name", "Cisterna instalada",
                                        "baselineDate", "2027-03-31",
                                        "forecastDate", "2027-04-10"))
                        .post("/api/centers/{code}/milestones", hiddenCenter)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        String rebaseline =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "baselineDate", "2027-05-31",
                                        "reason", "No-cost extension",
                                        "version", 0))
                        .post("/api/milestones/{id}/rebaselines", milestone)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("id");
        long evaluation =
                TestEvaluations.create(
                        hiddenCenter, "INITIAL", Map.of("personsDesignCapacity", 50));
        long finding = finding(evaluation);
        long photo =
                given().multiPart("file", "roof.jpg", TestPhotos.image("jpg"), "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        String institution = TestPartners.institution();
        String otherParty = TestPartners.institution();
        JsonPath agreement =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "type",
                                        "MEMORANDUM_OF_UNDERSTANDING",
                                        "title",
                                        "Memorando de prueba",
                                        "parties",
                                        List.of(institution, otherParty),
                                        "commitments",
                                        List.of(
                                                Map.of(
                                                        "partner", institution,
                                                        "kind", "STAFF_CENTER",
                                                        "dueDate", "2027-03-31"))))
                        .post("/api/centers/{code}/agreements", hiddenCenter)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath();
        // Under way: a contract takes change orders, and progress is reported on started works.
        long workPackage = TestWorks.underWay(hiddenCenter, "PKG-HIDDEN", List.of());
        long changeOrder =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "amount", "10.00",
                                        "currency", "USD",
                                        "days", 0,
                                        "reason", "More roof sheets"))
                        .post("/api/work-packages/{id}/change-orders", workPackage)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long progress =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "date",
                                        java.time.LocalDate.now().toString(),
                                        "percentComplete",
                                        10))
                        .post("/api/work-packages/{id}/progress", workPackage)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long payment =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "date",
                                        "2026-02-01",
                                        "amount",
                                        Map.of("amount", "100.00", "currency", "USD"),
                                        "fundingSource",
                                        grant,
                                        "reference",
                                        "FAC-HIDDEN"))
                        .post("/api/work-packages/{id}/expenditures", workPackage)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().contentType(ContentType.JSON)
                .body(project())
                .put("/api/centers/{code}/preliminary-project", hiddenCenter)
                .then()
                .statusCode(201);
        long exchangeRate =
                given().get("/api/exchange-rates").then().extract().jsonPath().getLong("[0].id");
        long user = SignInTest.createUser("ENGINEER", null).getValue();

        Map<String, String> values = new LinkedHashMap<>();
        values.put("centers/{code}", hiddenCenter);
        values.put("milestones/{id}", String.valueOf(milestone));
        values.put("rebaselines/{rebaselineId}", rebaseline);
        values.put("versions/{number}", "1");
        values.put("evaluations/{id}", String.valueOf(evaluation));
        values.put("findings/{id}", String.valueOf(finding));
        values.put("photos/{id}", String.valueOf(photo));
        values.put("agreements/{id}", agreement.getString("id"));
        values.put("commitments/{id}", agreement.getString("commitments[0].id"));
        values.put("work-packages/{id}", String.valueOf(workPackage));
        values.put("change-orders/{id}", String.valueOf(changeOrder));
        values.put("progress-reports/{id}", String.valueOf(progress));
        values.put("expenditures/{id}", String.valueOf(payment));
        values.put("funding-sources/{code}", grant);
        // Users are the administrators' (403 to everyone else, before any record is looked up).
        values.put("users/{id}", String.valueOf(user));
        values.put("partners/{acronym}", otherDonor);
        values.put("exchange-rates/{id}", String.valueOf(exchangeRate));
        values.put("archive/{id}", String.valueOf(archivedWorkbook()));
        values.put("report-schedules/{id}", String.valueOf(schedule()));
        query.put("center", hiddenCenter);
        query.put("fundingSource", grant);
        query.put("with", String.valueOf(evaluation));
        return values;
    }

    private static long finding(long evaluation) {
        return given().contentType(ContentType.JSON)
                .body(TestEvaluations.findingBody())
                .post("/api/evaluations/{id}/findings", evaluation)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A schedule of the hidden center's workbooks, for IOM: its id. */
    private long schedule() {
        return org.rehabtrack.report.schedule.TestSchedules.create(
                        org.rehabtrack.report.schedule.TestSchedules.monthly(
                                "Informe mensual",
                                "budget",
                                List.of(hiddenCenter),
                                5,
                                List.of(
                                        org.rehabtrack.report.schedule.TestSchedules.user(
                                                org.rehabtrack.system.TestUsers.withEmail(
                                                        "MANAGER", null)))))
                .getLong("id");
    }

    /** A workbook of the hidden center, issued to the manager: its id in the archive. */
    private long archivedWorkbook() {
        given().queryParam("center", hiddenCenter)
                .get("/api/reports/budget.xlsx")
                .then()
                .statusCode(200);
        return given().queryParam("center", hiddenCenter)
                .get("/api/reports/archive")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
    }

    private static Map<String, Object> project() {
        Map<String, Object> body = new HashMap<>();
        body.put("scope", "Rehabilitate roof");
        body.put("termsOfReference", "ToR-2026-01");
        body.put("contingencyPercent", "10");
        body.put(
                "chapters",
                List.of(
                        Map.of(
                                "code",
                                "01",
                                "title",
                                "Preliminares",
                                "lines",
                                List.of(
                                        Map.of(
                                                "itemCode", "1.1",
                                                "description", "Item 1.1",
                                                "unit", "m²",
                                                "quantity", "1",
                                                "unitPrice",
                                                        Map.of(
                                                                "amount", "15000.00",
                                                                "currency", "HNL"))))));
        return body;
    }

    /**
     * The records of the query: a visible record in the path, the hidden one in the query. The
     * donor funds {@code visible}, the partner is party to its agreement; answers the evaluation of
     * that center for {@code evaluations/{id}}.
     */
    private Map<String, String> recordsOfTheQuery(String visible, String partnerOrg) {
        long evaluation =
                TestEvaluations.create(visible, "INITIAL", Map.of("personsDesignCapacity", 50));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "type",
                                "MEMORANDUM_OF_UNDERSTANDING",
                                "title",
                                "Memorando visible",
                                "parties",
                                List.of(partnerOrg, TestPartners.institution()),
                                "commitments",
                                List.of()))
                .post("/api/centers/{code}/agreements", visible)
                .then()
                .statusCode(201);
        Map<String, String> values = new HashMap<>();
        values.put("centers/{code}", visible);
        values.put("evaluations/{id}", String.valueOf(evaluation));
        return values;
    }

    /** One route and method of the OpenAPI document, with its parameters. */
    private record Route(
            String method, String template, List<String> pathParams, Set<String> queryParams) {

        String name() {
            return method.toUpperCase() + " " + template;
        }

        /** Each path parameter with the segment before it: {@code milestones/{id}}. */
        List<String> pathKeys() {
            List<String> keys = new ArrayList<>();
            String[] segments = template.split("/");
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].startsWith("{")) {
                    keys.add(segments[i - 1] + "/" + segments[i]);
                }
            }
            return keys;
        }
    }

    private static List<Route> routes() {
        JsonPath openApi =
                given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<Route> routes = new ArrayList<>();
        Pattern param = Pattern.compile("\\{([^}:]+)");
        paths.forEach(
                (template, operations) -> {
                    if (!template.startsWith("/api/")) {
                        return;
                    }
                    List<String> pathParams = new ArrayList<>();
                    Matcher m = param.matcher(template);
                    while (m.find()) {
                        pathParams.add(m.group(1).strip());
                    }
                    operations.forEach(
                            (method, operation) -> {
                                if (!(operation instanceof Map<?, ?> op)
                                        || !Set.of("get", "post", "put", "patch", "delete")
                                                .contains(method)) {
                                    return;
                                }
                                Set<String> queryParams = new LinkedHashSet<>();
                                Object parameters = op.get("parameters");
                                for (Object p :
                                        parameters == null ? List.of() : (List<?>) parameters) {
                                    Map<?, ?> parameter = (Map<?, ?>) p;
                                    if ("query".equals(parameter.get("in"))) {
                                        queryParams.add((String) parameter.get("name"));
                                    }
                                }
                                routes.add(new Route(method, template, pathParams, queryParams));
                            });
                });
        return routes;
    }

    private static RequestSpecification as(String user) {
        return given().auth()
                .preemptive()
                .basic(
                        user,
                        user.equals("manager") || user.equals("admin")
                                ? SignedInAsManager.DEMO_PASSWORD
                                : PASSWORD)
                .header("Accept-Language", "en");
    }

    private static Response call(
            String user, Route route, Map<String, String> values, Map<String, String> query) {
        RequestSpecification request = as(user);
        query.forEach(request::queryParam);
        String url = route.template();
        for (String key : route.pathKeys()) {
            String param = key.substring(key.indexOf('/') + 1);
            url = url.replace(param, values.get(key));
        }
        return switch (route.method()) {
            case "get" -> request.get(url);
            case "delete" -> request.delete(url);
            default ->
                    request.contentType(ContentType.JSON).body("{}").request(route.method(), url);
        };
    }

    /** An answer as a string, with the record's value written as {@code {value}}. */
    private static String shape(Response answer, String value) {
        return answer.statusCode()
                + " "
                + answer.contentType()
                + " "
                + answer.asString()
                        .replaceAll("(?<![\\w-])" + Pattern.quote(value) + "(?![\\w-])", "{value}");
    }

    @Test
    void everyRouteThatNamesARecordHidesItFromDonorsAndPartners() {
        Map<String, String> hidden = recordsOfThePath();
        String visible = TestCenters.create();
        String donorOrg = TestFunding.donor();
        TestFunding.allocate(
                TestFunding.grant("1000.00", "USD", donorOrg), visible, "500.00", "USD");
        String partnerOrg = "ST" + System.nanoTime() % 100_000;
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "acronym",
                                partnerOrg,
                                "name",
                                "Institución de prueba",
                                "kind",
                                "STATE"))
                .post("/api/partners")
                .then()
                .statusCode(201);
        Map<String, String> visibleRecords = recordsOfTheQuery(visible, partnerOrg);
        List<String> readers =
                List.of(
                        SignInTest.createUser("DONOR", donorOrg).getKey(),
                        SignInTest.createUser("PARTNER", partnerOrg).getKey());

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Route route : routes()) {
            boolean names = !route.pathParams().isEmpty();
            for (String q : route.queryParams()) {
                if (!NOT_A_RECORD.contains(q) && !query.containsKey(q)) {
                    failures.add(
                            route.name()
                                    + ": query parameter "
                                    + q
                                    + " has no record in this test;"
                                    + " give it one in recordsOfTheQuery, or say in NOT_A_RECORD why it names none");
                }
            }
            if (names) {
                checked += pathRecords(route, hidden, readers, failures);
            }
            for (String q : route.queryParams()) {
                if (query.containsKey(q) && route.method().equals("get")) {
                    checked += queryRecord(route, q, visibleRecords, readers, failures);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked > 40, "only " + checked + " checks: the OpenAPI document was not read");
    }

    private int pathRecords(
            Route route, Map<String, String> hidden, List<String> readers, List<String> failures) {
        for (String key : route.pathKeys()) {
            if (!hidden.containsKey(key)) {
                failures.add(
                        route.name()
                                + ": no record for "
                                + key
                                + " in this test; make one in"
                                + " recordsOfThePath (or, for reference data of no center, list it in SHARED)");
                return 0;
            }
        }
        String first = route.pathKeys().get(0);
        Map<String, String> missing = new HashMap<>(hidden);
        missing.put(first, first.endsWith("{id}") ? NO_SUCH_ID : NO_SUCH_CODE);
        String value = hidden.get(first);
        boolean shared = SHARED.contains(first);
        int checks = 0;
        if (route.method().equals("get")) {
            Map<String, String> required = REQUIRED.getOrDefault(route.template(), Map.of());
            Response manager = call("manager", route, hidden, required);
            if (manager.statusCode() == 403) {
                manager = call("admin", route, hidden, required);
            }
            if (manager.statusCode() / 100 != 2) {
                failures.add(
                        route.name()
                                + ": the manager (or administrator) cannot read the test's record "
                                + hidden.get(first)
                                + ": "
                                + manager.statusCode()
                                + " "
                                + manager.asString());
                return 0;
            }
        }
        for (String reader : readers) {
            Map<String, String> required = REQUIRED.getOrDefault(route.template(), Map.of());
            Response answer = call(reader, route, hidden, required);
            Response none = call(reader, route, missing, required);
            checks++;
            if (shared) {
                if (route.method().equals("get") && answer.statusCode() != 200) {
                    failures.add(
                            route.name()
                                    + ": "
                                    + reader
                                    + " cannot read shared "
                                    + first
                                    + ": "
                                    + answer.statusCode());
                }
                continue;
            }
            String expected = shape(none, missing.get(first));
            String got = shape(answer, value);
            if (!expected.equals(got)) {
                failures.add(
                        route.name()
                                + ": "
                                + reader
                                + " is answered about another center's "
                                + first
                                + " otherwise than about none:\n  hidden:  "
                                + got
                                + "\n  missing: "
                                + expected);
            } else if (route.method().equals("get")
                    && none.statusCode() != 403
                    && (answer.statusCode() != 404 || !answer.contentType().startsWith(PROBLEM))) {
                failures.add(
                        route.name()
                                + ": "
                                + reader
                                + " gets "
                                + answer.statusCode()
                                + " "
                                + answer.contentType()
                                + " for another center's "
                                + first
                                + ", not 404 problem+json");
            }
        }
        return checks;
    }

    private int queryRecord(
            Route route,
            String q,
            Map<String, String> visibleRecords,
            List<String> readers,
            List<String> failures) {
        for (String key : route.pathKeys()) {
            if (!visibleRecords.containsKey(key)) {
                failures.add(
                        route.name()
                                + ": no visible record for "
                                + key
                                + " to ask "
                                + q
                                + " beside it; make one in recordsOfTheQuery");
                return 0;
            }
        }
        String value = query.get(q);
        String nothing = q.equals("with") ? NO_SUCH_ID : NO_SUCH_CODE;
        Response manager = call("manager", route, visibleRecords, Map.of(q, value));
        Response managerNone = call("manager", route, visibleRecords, Map.of(q, nothing));
        if (shape(manager, value).equals(shape(managerNone, nothing))) {
            failures.add(
                    route.name()
                            + ": the manager is answered about "
                            + q
                            + "="
                            + value
                            + " as about none, so this test could not tell it hidden: "
                            + manager.statusCode());
            return 0;
        }
        int checks = 0;
        for (String reader : readers) {
            checks++;
            String got = shape(call(reader, route, visibleRecords, Map.of(q, value)), value);
            String expected =
                    shape(call(reader, route, visibleRecords, Map.of(q, nothing)), nothing);
            if (!expected.equals(got)) {
                failures.add(
                        route.name()
                                + ": "
                                + reader
                                + " is answered about "
                                + q
                                + "="
                                + value
                                + " (another center's) otherwise than about none:\n  hidden:  "
                                + got
                                + "\n  missing: "
                                + expected);
            }
        }
        return checks;
    }
}

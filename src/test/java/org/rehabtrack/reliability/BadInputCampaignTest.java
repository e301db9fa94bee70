package org.rehabtrack.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestWorks;

/**
 * The bad-input campaign: every write endpoint of the API gets malformed JSON, wrong types, missing
 * and unknown fields, empty and 100,000-character texts, control characters, SQL, script and
 * formula text, impossible dates and amounts, unknown codes, wrong media types, oversized bodies
 * and uploads, and addresses that are no record's. Every answer must be 4xx problem+json or a
 * success, never 5xx; a case marked as refused must be 4xx; and after each refusal the database and
 * the photo folder must be exactly as before. The figures go to target/bad-input-campaign.txt.
 */
@QuarkusTest
class BadInputCampaignTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** Writes that take no input to spoil: a backup of the database as it is. */
    private static final Set<String> WITHOUT_INPUT = Set.of("POST /api/admin/backup");

    @Inject AgroalDataSource database;

    @ConfigProperty(name = "rehabtrack.data-dir")
    String dataDir;

    @TestHTTPResource("/")
    URI root;

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    @Test
    void everyWriteEndpointRefusesBadInputCleanlyAndChangesNothing() throws Exception {
        List<WriteTarget> targets = targets();
        assertEquals(
                writeEndpointsOfTheApi(),
                covered(targets),
                "every write endpoint is in the campaign");

        DatabaseFingerprint fingerprint =
                new DatabaseFingerprint(database, Path.of(dataDir, "photos"));
        Map<String, String> current = fingerprint.take();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int cases = 0;
        int refusedAsRequired = 0;
        Set<String> heavySent = new java.util.HashSet<>();
        long started = System.nanoTime();
        for (WriteTarget target : targets) {
            boolean heavy =
                    heavySent.add(
                            target.valid() != null
                                    ? "json"
                                    : target.upload() != null ? "upload" : "none");
            for (BadInput input : BadInputs.of(target, heavy)) {
                cases++;
                String label = target.endpoint() + " — " + input.name();
                Answer answer = send(target, input);
                statuses.merge(answer.status(), 1, Integer::sum);
                boolean cutOff = streamedUploadCutOff(target, input, answer);
                if (!cutOff && (answer.status() >= 500 || answer.status() < 200)) {
                    failures.add(
                            label
                                    + ": answered "
                                    + answer.status()
                                    + " "
                                    + abbreviate(answer.body()));
                } else if (cutOff || answer.status() >= 400) {
                    String problem =
                            cutOff || bareRefusalOfAStreamedUpload(target, input, answer)
                                    ? null
                                    : problemError(answer);
                    if (problem != null) {
                        failures.add(label + ": " + problem);
                    }
                    Map<String, String> after = fingerprint.take();
                    List<String> changed = DatabaseFingerprint.differences(current, after);
                    if (!changed.isEmpty()) {
                        failures.add(
                                label
                                        + ": refused with "
                                        + answer.status()
                                        + " but changed "
                                        + changed);
                        current = after;
                    }
                    refusedAsRequired += input.mustBeRefused() ? 1 : 0;
                } else if (input.mustBeRefused()) {
                    failures.add(
                            label
                                    + ": accepted with "
                                    + answer.status()
                                    + " "
                                    + abbreviate(answer.body()));
                    current = fingerprint.take();
                } else {
                    current = fingerprint.take();
                }
            }
        }
        String report =
                report(
                        targets.size(),
                        cases,
                        refusedAsRequired,
                        statuses,
                        failures,
                        Duration.ofNanos(System.nanoTime() - started),
                        fingerprint.spent());
        System.out.println(report);
        Files.writeString(Path.of("target", "bad-input-campaign.txt"), report);
        assertTrue(cases >= 300, "at least 300 cases: " + cases);
        assertTrue(
                failures.isEmpty(),
                failures.size()
                        + " failures:\n"
                        + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    /** The write endpoints of the API, as its description lists them. */
    private static Set<String> writeEndpointsOfTheApi() {
        Map<String, Object> paths =
                given().queryParam("format", "json")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("paths");
        Set<String> writes = new TreeSet<>();
        paths.forEach(
                (path, operations) ->
                        ((Map<?, ?>) operations)
                                .keySet().stream()
                                        .map(Object::toString)
                                        .filter(
                                                method ->
                                                        Set.of("post", "put", "patch", "delete")
                                                                .contains(method))
                                        .forEach(
                                                method ->
                                                        writes.add(
                                                                method.toUpperCase(
                                                                                java.util.Locale
                                                                                        .ROOT)
                                                                        + " "
                                                                        + path)));
        return writes;
    }

    private static Set<String> covered(List<WriteTarget> targets) {
        Set<String> covered = new TreeSet<>(WITHOUT_INPUT);
        targets.forEach(target -> covered.add(target.endpoint()));
        return covered;
    }

    /**
     * The one refusal without a problem body: an upload streamed without a length past Quarkus's
     * outer limit (32 MB) is cut off by Quarkus itself with a bare 413 (docs/reliability.md).
     */
    private static boolean bareRefusalOfAStreamedUpload(
            WriteTarget target, BadInput input, Answer answer) {
        return answer.status() == 413
                && input.chunked()
                && target.upload() != null
                && answer.body().isEmpty();
    }

    /**
     * The same refusal seen by a client still sending when Quarkus closes the connection: the
     * connection is reset before the client reads the 413 (TCP drops what it had not read). It is
     * still a refusal, and the campaign checks that it saved nothing.
     */
    private static boolean streamedUploadCutOff(WriteTarget target, BadInput input, Answer answer) {
        return answer.status() == 0 && input.chunked() && target.upload() != null;
    }

    /** Null when the answer is a well-formed problem; else what is wrong with it. */
    private static String problemError(Answer answer) {
        if (answer.contentType() == null
                || !answer.contentType().startsWith("application/problem+json")) {
            return "refused with "
                    + answer.status()
                    + " as "
                    + answer.contentType()
                    + ", not problem+json: "
                    + abbreviate(answer.body());
        }
        try {
            JsonNode problem = MAPPER.readTree(answer.body());
            if (problem.path("status").asInt() != answer.status()
                    || !problem.hasNonNull("type")
                    || !problem.hasNonNull("title")) {
                return "a problem without its status, type or title: " + abbreviate(answer.body());
            }
            if (answer.body().contains("Exception") || answer.body().contains("at org.")) {
                return "a problem that shows the code: " + abbreviate(answer.body());
            }
            return null;
        } catch (IOException e) {
            return "a problem that is not JSON: " + abbreviate(answer.body());
        }
    }

    private Answer send(WriteTarget target, BadInput input) throws InterruptedException {
        String path = input.path() != null ? input.path() : target.address().get();
        byte[] body =
                input.body() == null
                        ? null
                        : input.body().apply(target.valid() == null ? null : target.valid().get());
        HttpRequest.Builder request =
                HttpRequest.newBuilder(
                                root.resolve(path.startsWith("/") ? path.substring(1) : path))
                        .timeout(Duration.ofSeconds(60))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (target.user()
                                                                        + ":"
                                                                        + SignedInAsManager
                                                                                .DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)));
        if (input.contentType() != null) {
            request.header("Content-Type", input.contentType());
        }
        input.headers().forEach(request::header);
        HttpRequest.BodyPublisher publisher =
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : input.chunked()
                                ? HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new ByteArrayInputStream(body))
                                : HttpRequest.BodyPublishers.ofByteArray(body);
        try {
            HttpResponse<String> response =
                    http.send(
                            request.method(target.method(), publisher).build(),
                            HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            return new Answer(0, null, "no answer: " + e);
        }
    }

    private record Answer(int status, String contentType, String body) {}

    private static String report(
            int targets,
            int cases,
            int refused,
            Map<Integer, Integer> statuses,
            List<String> failures,
            Duration took,
            Duration checking) {
        return "Bad-input campaign: "
                + cases
                + " cases over "
                + targets
                + " write endpoints in "
                + took.toSeconds()
                + " s ("
                + checking.toSeconds()
                + " s comparing the database); answers by status "
                + statuses
                + "; "
                + refused
                + " refused as required; "
                + failures.size()
                + " failures.\n";
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    // ------------------------------------------------------------------------------------------
    // The targets: each write endpoint with a record to aim at and a valid request to spoil.
    // ------------------------------------------------------------------------------------------

    /** The parties of the campaign's agreements and the organisation of its users: its own. */
    private static String state;

    private static String agency;

    private List<WriteTarget> targets() {
        state = org.rehabtrack.system.TestPartners.institution();
        agency = org.rehabtrack.system.TestPartners.create("UN_AGENCY");
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "EVALUATION_COMPLETED");
        long evaluation =
                TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 50));
        long finding =
                created(
                        given().contentType(ContentType.JSON)
                                .body(TestEvaluations.findingBody())
                                .post("/api/evaluations/{id}/findings", evaluation)
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id"));
        long photo =
                created(
                        given().multiPart(
                                        "file",
                                        org.rehabtrack.system.TestPhotos.jpegFile("campaign.jpg")
                                                .toFile(),
                                        "image/jpeg")
                                .post("/api/findings/{id}/photos", finding)
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id"));
        long agreement =
                created(
                        given().contentType(ContentType.JSON)
                                .body(agreementBody())
                                .post("/api/centers/{code}/agreements", center)
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id"));
        long commitment =
                created(
                        given().get("/api/agreements/{id}", agreement)
                                .then()
                                .extract()
                                .path("commitments[0].id"));
        given().contentType(ContentType.JSON)
                .body(projectBody(null))
                .put("/api/centers/{code}/preliminary-project", center)
                .then()
                .statusCode(201);
        String grant = TestFunding.grant("10000000.00", "USD");
        String institution = org.rehabtrack.system.TestPartners.institution();
        TestFunding.allocate(grant, center, "5000000.00", "USD");
        long works = TestWorks.underWay(center, "CAMPAIGN-WP", List.of());
        long changeOrder =
                created(
                        given().contentType(ContentType.JSON)
                                .body(changeOrderBody())
                                .post("/api/work-packages/{id}/change-orders", works)
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id"));
        long progress =
                created(
                        given().contentType(ContentType.JSON)
                                .body(progressBody("5"))
                                .post("/api/work-packages/{id}/progress", works)
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id"));
        long user =
                created(
                        given().auth()
                                .preemptive()
                                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                                .contentType(ContentType.JSON)
                                .body(userBody())
                                .post("/api/users")
                                .then()
                                .statusCode(201)
                                .extract()
                                .path("id"));

        List<WriteTarget> targets = new ArrayList<>();
        targets.add(
                json(
                        "POST /api/centers",
                        "/api/centers",
                        () -> node(TestCenters.body(institution))));
        targets.add(
                json(
                        "PATCH /api/centers/{code}",
                        "/api/centers/" + center,
                        () ->
                                versioned(
                                        "/api/centers/" + center,
                                        Map.of(
                                                "name",
                                                "Centro renombrado",
                                                "capacity",
                                                150,
                                                "phaseSince",
                                                "2026-01-05"))));
        targets.add(
                json(
                        "POST /api/centers/{code}/milestones",
                        "/api/centers/" + center + "/milestones",
                        () ->
                                node(
                                        Map.of(
                                                "kind",
                                                "CUSTOM",
                                                "name",
                                                "Cisterna instalada " + NEXT.incrementAndGet(),
                                                "baselineDate",
                                                "2027-03-01",
                                                "forecastDate",
                                                "2027-03-15"))));
        targets.add(
                json(
                        "PATCH /api/milestones/{id}",
                        "/api/milestones/" + milestone,
                        () ->
                                versioned(
                                        "/api/milestones/" + milestone,
                                        Map.of("forecastDate", "2027-04-01"))));
        targets.add(
                json(
                        "POST /api/milestones/{id}/rebaselines",
                        "/api/milestones/" + milestone + "/rebaselines",
                        () ->
                                versioned(
                                        "/api/milestones/" + milestone,
                                        Map.of(
                                                "baselineDate",
                                                "2027-05-31",
                                                "reason",
                                                "Donor approved a no-cost extension"))));
        targets.add(
                json(
                        "POST /api/partners",
                        "/api/partners",
                        () ->
                                node(
                                        Map.of(
                                                "acronym",
                                                "CAMP" + NEXT.incrementAndGet(),
                                                "name",
                                                "Socio de prueba",
                                                "kind",
                                                "NGO",
                                                "contact",
                                                "contacto@example.org"))));
        targets.add(
                json(
                        "POST /api/centers/{code}/evaluations",
                        "/api/centers/" + center + "/evaluations",
                        () ->
                                node(
                                        TestEvaluations.body(
                                                "FOLLOW_UP",
                                                Map.of(
                                                        "personsDesignCapacity",
                                                        50,
                                                        "toiletsMale",
                                                        3)))));
        targets.add(
                json(
                        "PATCH /api/evaluations/{id}",
                        "/api/evaluations/" + evaluation,
                        () ->
                                versioned(
                                        "/api/evaluations/" + evaluation,
                                        Map.of(
                                                "summary",
                                                "Recounted",
                                                "measurements",
                                                Map.of("personsDesignCapacity", 60)))));
        targets.add(
                json(
                        "POST /api/evaluations/{id}/findings",
                        "/api/evaluations/" + evaluation + "/findings",
                        () -> node(TestEvaluations.findingBody())));
        targets.add(
                json(
                        "PATCH /api/findings/{id}",
                        "/api/findings/" + finding,
                        () ->
                                versioned(
                                        "/api/findings/" + finding,
                                        Map.of(
                                                "title",
                                                "Far too few toilets",
                                                "severity",
                                                "CRITICAL",
                                                "estimatedCost",
                                                Map.of(
                                                        "amount",
                                                        "130000.00",
                                                        "currency",
                                                        "HNL")))));
        targets.add(addressOnly("DELETE /api/findings/{id}", "/api/findings/" + finding));
        targets.add(
                upload(
                        "POST /api/findings/{id}/photos",
                        "/api/findings/" + finding + "/photos",
                        WriteTarget.Upload.PHOTO));
        targets.add(addressOnly("DELETE /api/photos/{id}", "/api/photos/" + photo));
        targets.add(
                json(
                        "POST /api/centers/{code}/agreements",
                        "/api/centers/" + center + "/agreements",
                        () -> node(agreementBody())));
        targets.add(
                json(
                        "PATCH /api/agreements/{id}",
                        "/api/agreements/" + agreement,
                        () ->
                                versioned(
                                        "/api/agreements/" + agreement,
                                        Map.of("title", "Memorando revisado"))));
        targets.add(
                json(
                        "POST /api/agreements/{id}/commitments",
                        "/api/agreements/" + agreement + "/commitments",
                        () ->
                                node(
                                        Map.of(
                                                "partner",
                                                state,
                                                "kind",
                                                "STAFF_CENTER",
                                                "dueDate",
                                                "2027-03-31",
                                                "description",
                                                "Personal para el centro"))));
        targets.add(
                json(
                        "PATCH /api/commitments/{id}",
                        "/api/commitments/" + commitment,
                        () ->
                                versionedFrom(
                                        "/api/agreements/" + agreement,
                                        "commitments[0].version",
                                        Map.of(
                                                "description",
                                                "Personal revisado",
                                                "dueDate",
                                                "2027-04-30"))));
        targets.add(
                json(
                        "PUT /api/centers/{code}/preliminary-project",
                        "/api/centers/" + center + "/preliminary-project",
                        () ->
                                node(
                                        projectBody(
                                                version(
                                                        "/api/centers/"
                                                                + center
                                                                + "/preliminary-project")))));
        targets.add(
                json(
                        "POST /api/centers/{code}/preliminary-project/decisions",
                        "/api/centers/" + center + "/preliminary-project/decisions",
                        () ->
                                versioned(
                                        "/api/centers/" + center + "/preliminary-project",
                                        Map.of("status", "SUBMITTED", "note", "Para revisión"))));
        targets.add(
                addressOnly(
                        "POST /api/centers/{code}/preliminary-project/versions",
                        "/api/centers/" + center + "/preliminary-project/versions"));
        targets.add(
                upload(
                        "POST /api/centers/{code}/evaluations/import",
                        "/api/centers/" + center + "/evaluations/import",
                        WriteTarget.Upload.WORKBOOK));
        Map<String, Object> schedule =
                org.rehabtrack.report.schedule.TestSchedules.paused("Informe mensual", "progress");
        long scheduleId =
                org.rehabtrack.report.schedule.TestSchedules.create(schedule).getLong("id");
        targets.add(
                json("POST /api/report-schedules", "/api/report-schedules", () -> node(schedule)));
        targets.add(
                json(
                        "PATCH /api/report-schedules/{id}",
                        "/api/report-schedules/" + scheduleId,
                        () ->
                                versioned(
                                        "/api/report-schedules/" + scheduleId,
                                        Map.of(
                                                "name",
                                                "Informe trimestral",
                                                "cadence",
                                                "QUARTERLY"))));
        targets.add(
                addressOnly(
                        "DELETE /api/report-schedules/{id}",
                        "/api/report-schedules/" + scheduleId));
        targets.add(
                upload(
                        "POST /api/reports/archive/verify",
                        "/api/reports/archive/verify",
                        WriteTarget.Upload.WORKBOOK_COPY));
        targets.add(
                upload(
                        "POST /api/centers/{code}/preliminary-project/boq",
                        "/api/centers/" + center + "/preliminary-project/boq",
                        WriteTarget.Upload.WORKBOOK));
        targets.add(
                json(
                        "POST /api/funding-sources",
                        "/api/funding-sources",
                        () ->
                                node(
                                        Map.of(
                                                "code",
                                                "CAMP-" + NEXT.incrementAndGet(),
                                                "donor",
                                                agency,
                                                "amount",
                                                Map.of("amount", "250000.00", "currency", "USD"),
                                                "startDate",
                                                "2026-01-01",
                                                "endDate",
                                                "2027-12-31"))));
        targets.add(
                json(
                        "POST /api/funding-sources/{code}/allocations",
                        "/api/funding-sources/" + grant + "/allocations",
                        () ->
                                node(
                                        Map.of(
                                                "center",
                                                center,
                                                "category",
                                                "CONSTRUCTION",
                                                "amount",
                                                Map.of("amount", "1000.00", "currency", "USD")))));
        targets.add(
                json(
                        "POST /api/exchange-rates",
                        "/api/exchange-rates",
                        () ->
                                node(
                                        Map.of(
                                                "currency",
                                                "EUR",
                                                "date",
                                                LocalDate.of(2020, 1, 1)
                                                        .plusDays(NEXT.incrementAndGet())
                                                        .toString(),
                                                "unitsPerUsd",
                                                "0.921500",
                                                "source",
                                                "Banco Central"))));
        targets.add(
                json(
                        "POST /api/centers/{code}/work-packages",
                        "/api/centers/" + center + "/work-packages",
                        () -> node(TestWorks.body("CAMP-WP-" + NEXT.incrementAndGet()))));
        targets.add(
                json(
                        "PATCH /api/work-packages/{id}",
                        "/api/work-packages/" + works,
                        () ->
                                versioned(
                                        "/api/work-packages/" + works,
                                        Map.of("title", "Roof and gutters"))));
        targets.add(
                json(
                        "POST /api/work-packages/{id}/change-orders",
                        "/api/work-packages/" + works + "/change-orders",
                        () -> node(changeOrderBody())));
        targets.add(
                json(
                        "PATCH /api/change-orders/{id}",
                        "/api/change-orders/" + changeOrder,
                        () ->
                                versionedFrom(
                                        "/api/work-packages/" + works + "/change-orders",
                                        "find { it.id == " + changeOrder + " }.version",
                                        Map.of("status", "REJECTED"))));
        targets.add(
                json(
                                "POST /api/work-packages/{id}/expenditures",
                                "/api/work-packages/" + works + "/expenditures",
                                () ->
                                        node(
                                                Map.of(
                                                        "date",
                                                        LocalDate.now().minusDays(1).toString(),
                                                        "amount",
                                                        Map.of(
                                                                "amount",
                                                                "100.00",
                                                                "currency",
                                                                "USD"),
                                                        "fundingSource",
                                                        grant,
                                                        "reference",
                                                        "FAC-" + NEXT.incrementAndGet(),
                                                        "category",
                                                        "CONSTRUCTION")))
                        .positive("amount.amount"));
        targets.add(
                json(
                        "POST /api/work-packages/{id}/progress",
                        "/api/work-packages/" + works + "/progress",
                        () -> node(progressBody("6"))));
        targets.add(
                upload(
                        "POST /api/progress-reports/{id}/photos",
                        "/api/progress-reports/" + progress + "/photos",
                        WriteTarget.Upload.PHOTO));
        targets.add(asAdmin(json("POST /api/users", "/api/users", () -> node(userBody()))));
        targets.add(
                asAdmin(
                        json(
                                "PATCH /api/users/{id}",
                                "/api/users/" + user,
                                () ->
                                        node(
                                                Map.of(
                                                        "displayName",
                                                        "Renamed user",
                                                        "organisation",
                                                        agency,
                                                        "version",
                                                        given().auth()
                                                                .preemptive()
                                                                .basic(
                                                                        "admin",
                                                                        SignedInAsManager
                                                                                .DEMO_PASSWORD)
                                                                .get("/api/users/{id}", user)
                                                                .then()
                                                                .extract()
                                                                .jsonPath()
                                                                .getLong("version"))))));
        targets.add(
                asAdmin(
                        json(
                                "POST /api/users/{id}/password",
                                "/api/users/" + user + "/password",
                                () ->
                                        node(
                                                Map.of(
                                                        "password",
                                                        "another-long-password-"
                                                                + NEXT.incrementAndGet())))));
        return targets;
    }

    private static WriteTarget json(String endpoint, String address, Supplier<ObjectNode> valid) {
        return new WriteTarget(endpoint, () -> address, valid, null, "manager");
    }

    private static WriteTarget upload(String endpoint, String address, WriteTarget.Upload upload) {
        return new WriteTarget(endpoint, () -> address, null, upload, "manager");
    }

    private static WriteTarget addressOnly(String endpoint, String address) {
        return new WriteTarget(endpoint, () -> address, null, null, "manager");
    }

    private static WriteTarget asAdmin(WriteTarget target) {
        return new WriteTarget(
                target.endpoint(),
                target.address(),
                target.valid(),
                target.upload(),
                "admin",
                target.positive());
    }

    private static ObjectNode node(Map<String, ?> body) {
        return MAPPER.valueToTree(body);
    }

    /** The fields, with the record's current version. */
    private static ObjectNode versioned(String address, Map<String, ?> fields) {
        return versionedFrom(address, "version", fields);
    }

    private static ObjectNode versionedFrom(
            String address, String versionPath, Map<String, ?> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put(
                "version",
                given().get(address)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong(versionPath));
        return node(body);
    }

    private static Long version(String address) {
        Object version = given().get(address).then().extract().path("version");
        return version == null ? null : ((Number) version).longValue();
    }

    private static long created(Object id) {
        return ((Number) id).longValue();
    }

    private static Map<String, Object> agreementBody() {
        return Map.of(
                "type",
                "MEMORANDUM_OF_UNDERSTANDING",
                "title",
                "Memorando de prueba",
                "parties",
                List.of(state, agency),
                "commitments",
                List.of(Map.of("partner", state, "kind", "STAFF_CENTER", "dueDate", "2027-03-31")));
    }

    private static Map<String, Object> projectBody(Long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", "Rehabilitar techo y sanitarios");
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
                                                "itemCode",
                                                "1.1",
                                                "description",
                                                "Limpieza",
                                                "unit",
                                                "m²",
                                                "quantity",
                                                "420",
                                                "unitPrice",
                                                Map.of("amount", "35.50", "currency", "HNL"))))));
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static Map<String, Object> changeOrderBody() {
        return Map.of(
                "amount", "1500.00", "currency", "USD", "days", 5, "reason", "More roof sheets");
    }

    private static Map<String, Object> progressBody(String percent) {
        return Map.of(
                "date",
                LocalDate.now().toString(),
                "percentComplete",
                percent,
                "note",
                "Avance de obra");
    }

    private static Map<String, Object> userBody() {
        return Map.of(
                "username",
                "campaign-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 10_000,
                "displayName",
                "Campaign user",
                "role",
                "ENGINEER",
                "password",
                "a-long-enough-password-1");
    }
}

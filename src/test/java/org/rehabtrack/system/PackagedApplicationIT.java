package org.rehabtrack.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application started as a user starts it: from any directory, with its data folder
 * named by REHABTRACK_DATA_DIR; in the demo profile of README's run command, or in production. What
 * it acknowledged survives a kill; the sample data is loaded once; production refuses demo accounts
 * and a missing session key.
 */
class PackagedApplicationIT {

    // Sample data on purpose: this test's subject is the packaged demo serving the sample data.
    private static final List<String> SAMPLE_CENTERS =
            List.of("CAMR-SPS", "CAMR-OMOA", "CANFM-BELEN");

    @TempDir Path workingDirectory;

    private static final String SESSION_KEY = "an-operators-own-key-of-at-least-32-characters";

    /** A request to the application signed in as the demo manager. */
    private static RequestSpecification api(RunningApplication app) {
        return given().baseUri(app.baseUri())
                .auth()
                .preemptive()
                .basic("manager", SignedInAsManager.DEMO_PASSWORD);
    }

    @Test
    void servesTheSampleDataFromAnyDirectoryAndKeepsAcknowledgedWritesThroughAKill()
            throws Exception {
        Path dataDir = Files.createDirectory(workingDirectory.resolve("empty-data-folder"));
        Map<String, String> env = new HashMap<>(TestDatabases.fresh("it_sample"));
        env.putAll(Map.of("REHABTRACK_DATA_DIR", dataDir.toString(), "REHABTRACK_DEMO", "true"));
        long milestoneId;
        List<String> newCenters =
                List.of("CAM-IT-1", "CAM-IT-2", "CAM-IT-3", "CAM-IT-4", "CAM-IT-5");

        try (RunningApplication app = RunningApplication.start(workingDirectory, env)) {
            api(app).get("/api/centers")
                    .then()
                    .statusCode(200)
                    .body("code", containsInAnyOrder(SAMPLE_CENTERS.toArray()));

            List<Map<String, Object>> milestones =
                    api(app).get("/api/centers/CAMR-OMOA/milestones")
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("$");
            Map<String, Object> worksStarted =
                    milestones.stream()
                            .filter(m -> "WORKS_STARTED".equals(m.get("kind")))
                            .findFirst()
                            .orElseThrow();
            milestoneId = ((Number) worksStarted.get("id")).longValue();
            api(app).contentType(ContentType.JSON)
                    .body(
                            Map.of(
                                    "forecastDate",
                                    "2027-03-01",
                                    "version",
                                    worksStarted.get("version")))
                    .patch("/api/milestones/{id}", milestoneId)
                    .then()
                    .statusCode(200);
            for (String code : newCenters) {
                // The packaged application serves the sample data: its SRECI administers the
                // center.
                Map<String, Object> center = TestCenters.body("SRECI");
                center.put("code", code);
                api(app).contentType(ContentType.JSON)
                        .body(center)
                        .post("/api/centers")
                        .then()
                        .statusCode(201);
            }
            // Killed right after the last acknowledgement: H2's default half-second write delay
            // loses these.
            app.kill();
        }

        try (RunningApplication app = RunningApplication.start(workingDirectory, env)) {
            api(app).get("/api/centers")
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(SAMPLE_CENTERS.size() + newCenters.size()))
                    .body("code", hasItems(SAMPLE_CENTERS.toArray(String[]::new)))
                    .body("code", hasItems(newCenters.toArray(String[]::new)));
            api(app).get("/api/milestones/{id}", milestoneId)
                    .then()
                    .statusCode(200)
                    .body("forecastDate", equalTo("2027-03-01"))
                    .body("version", equalTo(1));
            api(app).get("/api/partners")
                    .then()
                    .body("acronym.findAll { it == 'SRECI' }", hasSize(1));
        }
        if (!TestDatabases.postgresql()) {
            try (var files = Files.list(dataDir)) {
                org.junit.jupiter.api.Assertions.assertTrue(
                        files.anyMatch(f -> f.getFileName().toString().startsWith("rehabtrack")),
                        "the database lives in the data folder");
            }
        }
    }

    @Test
    void startsInProductionEmptyAndClosedToAnyoneWithoutAnAccount() throws Exception {
        Path dataDir = Files.createDirectory(workingDirectory.resolve("production"));
        Map<String, String> env = new HashMap<>(TestDatabases.fresh("it_production"));
        env.putAll(
                Map.of(
                        "REHABTRACK_DATA_DIR",
                        dataDir.toString(),
                        "REHABTRACK_SESSION_KEY",
                        SESSION_KEY));

        try (RunningApplication app = RunningApplication.start(workingDirectory, env)) {
            given().baseUri(app.baseUri())
                    .get("/api/centers")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
            api(app).get("/api/centers").then().statusCode(401);
            org.junit.jupiter.api.Assertions.assertTrue(
                    app.log().contains("Sample data not loaded"), app.log());
            org.junit.jupiter.api.Assertions.assertTrue(
                    app.log()
                            .contains(
                                    "No user can sign in yet. To create the first"
                                            + " administrator, start with REHABTRACK_ADMIN_USERNAME and REHABTRACK_ADMIN_PASSWORD"),
                    app.log());
            // The background work begins once the service listens: the stored photos' cleaning
            // says what it did.
            awaitLog(app, "Stored photos written anew");
            // Production serves no API explorer and no API description unless told to.
            given().baseUri(app.baseUri()).get("/q/swagger-ui/").then().statusCode(404);
            given().baseUri(app.baseUri()).get("/q/openapi").then().statusCode(404);
            given().baseUri(app.baseUri())
                    .redirects()
                    .follow(false)
                    .get("/centers/CAMR-SPS")
                    .then()
                    .statusCode(303)
                    .header("Location", equalTo("/login?next=%2Fcenters%2FCAMR-SPS"));
            given().baseUri(app.baseUri()).get("/q/health/ready").then().statusCode(200);
        }
    }

    @Test
    void servesTheApiExplorerInProductionOnlyWhenASettingTurnsItOn() throws Exception {
        Path dataDir = Files.createDirectory(workingDirectory.resolve("explorer"));
        Map<String, String> env = new HashMap<>(TestDatabases.fresh("it_explorer"));
        env.putAll(
                Map.of(
                        "REHABTRACK_DATA_DIR",
                        dataDir.toString(),
                        "REHABTRACK_SESSION_KEY",
                        SESSION_KEY,
                        "REHABTRACK_API_EXPLORER",
                        "true"));

        try (RunningApplication app = RunningApplication.start(workingDirectory, env)) {
            given().baseUri(app.baseUri())
                    .get("/q/swagger-ui/")
                    .then()
                    .statusCode(200)
                    .header(
                            "Content-Security-Policy",
                            org.hamcrest.Matchers.containsString("frame-ancestors 'none'"));
            given().baseUri(app.baseUri())
                    .accept("application/json")
                    .get("/q/openapi")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void productionRefusesTheDemoAccountsOfADatabaseThatRanAsADemoAndRemovesThemWhenAsked()
            throws Exception {
        Path dataDir = Files.createDirectory(workingDirectory.resolve("once-a-demo"));
        Map<String, String> demo = new HashMap<>(TestDatabases.fresh("it_once_a_demo"));
        demo.putAll(Map.of("REHABTRACK_DATA_DIR", dataDir.toString(), "REHABTRACK_DEMO", "true"));
        try (RunningApplication app = RunningApplication.start(workingDirectory, demo)) {
            api(app).get("/api/me").then().statusCode(200);
        }
        Map<String, String> production = new HashMap<>(demo);
        production.remove("REHABTRACK_DEMO");
        production.put("REHABTRACK_SESSION_KEY", SESSION_KEY);
        try (RunningApplication app = RunningApplication.start(workingDirectory, production)) {
            api(app).get("/api/me").then().statusCode(401);
            org.junit.jupiter.api.Assertions.assertTrue(
                    app.log()
                            .contains(
                                    "5 demo accounts in the database (admin, donor,"
                                            + " engineer, manager, partner): production refuses to sign them in. Remove them by starting once with"
                                            + " REHABTRACK_REMOVE_DEMO_ACCOUNTS=true"),
                    app.log());
        }
        production.put("REHABTRACK_REMOVE_DEMO_ACCOUNTS", "true");
        try (RunningApplication app = RunningApplication.start(workingDirectory, production)) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    app.log().contains("Demo accounts removed: 5"), app.log());
            org.junit.jupiter.api.Assertions.assertFalse(
                    app.log().contains("demo accounts in the database"), app.log());
        }
    }

    /** The product's jar has no synthetic portfolio generator: it loads nothing, and says why. */
    @Test
    void theProductStartedForASyntheticPortfolioWarnsThatOnlyABenchmarkBuildHoldsIt()
            throws Exception {
        Path dataDir = Files.createDirectory(workingDirectory.resolve("synthetic"));
        Map<String, String> env = new HashMap<>(TestDatabases.fresh("it_synthetic"));
        env.putAll(
                Map.of(
                        "REHABTRACK_DATA_DIR",
                        dataDir.toString(),
                        "REHABTRACK_DEMO",
                        "true",
                        "REHABTRACK_SYNTHETIC",
                        "M"));
        try (RunningApplication app = RunningApplication.start(workingDirectory, env)) {
            given().baseUri(app.baseUri()).get("/q/health/ready").then().statusCode(200);
            org.junit.jupiter.api.Assertions.assertTrue(
                    app.log()
                            .lines()
                            .anyMatch(
                                    line ->
                                            line.contains(" WARN ")
                                                    && line.contains(
                                                            "REHABTRACK_SYNTHETIC is M, but nothing is loaded: the synthetic"
                                                                    + " portfolio is only in a benchmark build")
                                                    && line.endsWith(
                                                            "Build a benchmark build with: mvn -Pbenchmarks"
                                                                    + " -Dmaven.test.skip=true package")),
                    app.log());
            org.junit.jupiter.api.Assertions.assertFalse(
                    app.log().contains("Loaded the illustrative sample data"), app.log());
        }
    }

    @Test
    void aRefusedStartSaysItsOneLineReasonAndCreatesNothing() throws Exception {
        Path dataDir = workingDirectory.resolve("refused");
        assertRefused(
                Map.of("REHABTRACK_DATA_DIR", dataDir.toString()),
                "REHABTRACK_SESSION_KEY is not set");
        assertRefused(
                Map.of(
                        "REHABTRACK_DATA_DIR",
                        dataDir.toString(),
                        "REHABTRACK_SESSION_KEY",
                        "only-20-characters!!"),
                "REHABTRACK_SESSION_KEY is too short: 20 characters");
        assertRefused(
                Map.of(
                        "REHABTRACK_DATA_DIR",
                        dataDir.toString(),
                        "REHABTRACK_SESSION_KEY",
                        SESSION_KEY,
                        "REHABTRACK_DEMO_ACCOUNTS",
                        "true"),
                "REHABTRACK_DEMO_ACCOUNTS is true");
        assertRefused(
                Map.of(
                        "REHABTRACK_DATA_DIR",
                        dataDir.toString(),
                        "REHABTRACK_SESSION_KEY",
                        SESSION_KEY,
                        "REHABTRACK_SAMPLE_DATA",
                        "true"),
                "REHABTRACK_SAMPLE_DATA is true");
        org.junit.jupiter.api.Assertions.assertFalse(
                Files.exists(dataDir), "a refused start creates no data folder");
    }

    /** The start is refused with the reason on one line, naming the setting, and no stack trace. */
    /** Waits, up to half a minute, for the application to log a line holding the text. */
    private static void awaitLog(RunningApplication app, String text) throws Exception {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (!app.log().contains(text)) {
            if (System.nanoTime() > end) {
                org.junit.jupiter.api.Assertions.fail("never logged «" + text + "»:\n" + app.log());
            }
            Thread.sleep(100);
        }
    }

    private void assertRefused(Map<String, String> environment, String reason) throws Exception {
        String output = RunningApplication.refusedStart(workingDirectory, environment);
        org.junit.jupiter.api.Assertions.assertTrue(
                output.lines().anyMatch(line -> line.contains(reason)), output);
        org.junit.jupiter.api.Assertions.assertFalse(
                output.contains("\tat "), "no stack trace:\n" + output);
        org.junit.jupiter.api.Assertions.assertFalse(
                output.contains("Flyway") || output.contains("flyway"),
                "refused before the database is opened:\n" + output);
    }
}

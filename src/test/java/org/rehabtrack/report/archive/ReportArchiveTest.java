package org.rehabtrack.report.archive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestUsers.Donor;

/**
 * Every workbook issued is archived with what it was issued for, downloaded again byte for byte,
 * recognised from a copy, and listed only to those who may see it.
 */
@QuarkusTest
class ReportArchiveTest {

    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Downloads a workbook through the API, as the request given. */
    private static byte[] download(RequestSpecification as, String path, Map<String, ?> query) {
        return as.queryParams(query)
                .get(path)
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();
    }

    /** The archive's entries of one center, newest first, as the request given. */
    private static List<Map<String, Object>> archived(
            RequestSpecification as, Map<String, ?> query) {
        return as.queryParams(query)
                .get("/api/reports/archive")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static JsonPath verify(RequestSpecification as, byte[] copy) {
        return as.multiPart("file", "copy.xlsx", copy, XLSX)
                .post("/api/reports/archive/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aDownloadedWorkbookIsArchivedWithItsParametersAndComesBackByteForByte() throws Exception {
        String center = TestCenters.create();
        byte[] workbook =
                download(
                        given(),
                        "/api/reports/budget.xlsx",
                        Map.of("center", center, "lang", "es"));

        List<Map<String, Object>> items =
                archived(given(), Map.of("center", center, "report", "budget"));
        assertEquals(1, items.size());
        Map<String, Object> issued = items.get(0);
        assertEquals("budget", issued.get("report"));
        String cutOff = (String) issued.get("cutOff");
        assertEquals("budget_" + center + "_es_" + cutOff + ".xlsx", issued.get("fileName"));
        assertEquals("es", issued.get("language"));
        assertEquals(List.of(center), issued.get("centers"));
        assertEquals(
                "center=" + center + "&statusDate=" + cutOff + "&lang=es",
                issued.get("parameters"),
                "the cut-off date is kept, so that the same workbook can be written again");
        assertEquals("manager", issued.get("requestedBy"));
        assertEquals(workbook.length, ((Number) issued.get("size")).intValue());
        assertEquals(sha256(workbook), issued.get("sha256"));

        byte[] again =
                given().get((String) issued.get("download"))
                        .then()
                        .statusCode(200)
                        .contentType(XLSX)
                        .header(
                                "Content-Disposition",
                                containsString("budget_" + center + "_es_" + cutOff + ".xlsx"))
                        .extract()
                        .asByteArray();
        assertArrayEquals(workbook, again);
        given().get("/api/reports/archive/{id}", issued.get("id"))
                .then()
                .statusCode(200)
                .body("sha256", org.hamcrest.Matchers.equalTo(sha256(workbook)));
    }

    @Test
    void everyReportIsArchivedTheHistoryWithItsOwnFilters() {
        String center = TestCenters.create();
        download(given(), "/api/reports/progress.xlsx", Map.of("center", center, "lang", "en"));
        download(given(), "/api/reports/findings.xlsx", Map.of("center", center, "lang", "en"));
        download(
                given(),
                "/api/centers/" + center + "/history.xlsx",
                Map.of("user", "manager", "lang", "en"));

        List<Map<String, Object>> items = archived(given(), Map.of("center", center));
        assertEquals(
                List.of("history", "findings", "progress"),
                items.stream().map(i -> i.get("report")).toList());
        assertTrue(
                ((String) items.get(0).get("parameters")).contains("user=manager"),
                "the history's own filter is kept: " + items.get(0).get("parameters"));
        assertEquals(1, archived(given(), Map.of("center", center, "report", "history")).size());
    }

    @Test
    void aCopyIsRecognisedByItsBytesAndAChangedOneIsNot() throws Exception {
        String center = TestCenters.create();
        byte[] workbook =
                download(
                        given(),
                        "/api/reports/findings.xlsx",
                        Map.of("center", center, "statusDate", "2026-05-31", "lang", "en"));

        JsonPath same = verify(given(), workbook);
        assertTrue(same.getBoolean("issued"));
        assertEquals(sha256(workbook), same.getString("sha256"));
        assertEquals("findings", same.getString("issues[0].report"));
        assertEquals("manager", same.getString("issues[0].requestedBy"));
        assertEquals("2026-05-31", same.getString("issues[0].cutOff"));

        byte[] changed = workbook.clone();
        changed[changed.length / 2] ^= 1;
        JsonPath other = verify(given(), changed);
        assertFalse(other.getBoolean("issued"));
        assertEquals(List.of(), other.getList("issues"));
    }

    @Test
    void aDonorSeesWhatItWasIssuedAndNothingWrittenWithOtherGrantsMoney() throws Exception {
        String center = TestCenters.create();
        Donor donor = TestUsers.donorFunding(center);
        byte[] managers = download(given(), "/api/reports/budget.xlsx", Map.of("center", center));
        byte[] donors =
                download(
                        TestUsers.api(donor.username()),
                        "/api/reports/budget.xlsx",
                        Map.of("center", center));

        List<Map<String, Object>> seen =
                archived(TestUsers.api(donor.username()), Map.of("center", center));
        assertEquals(1, seen.size(), "only the donor's own workbook: " + seen);
        assertEquals(donor.username(), seen.get(0).get("requestedBy"));
        assertEquals(2, archived(given(), Map.of("center", center)).size());

        long managersId = verify(given(), managers).getLong("issues[0].id");
        TestUsers.api(donor.username())
                .get("/api/reports/archive/{id}/workbook", managersId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        assertFalse(verify(TestUsers.api(donor.username()), managers).getBoolean("issued"));
        assertTrue(verify(TestUsers.api(donor.username()), donors).getBoolean("issued"));
        byte[] again =
                TestUsers.api(donor.username())
                        .get("/api/reports/archive/{id}/workbook", seen.get(0).get("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertArrayEquals(donors, again, "the donor downloads its own workbook again");

        // Another donor's user, of the same donor, sees the workbook written for that donor.
        String colleague = TestUsers.create("DONOR", donor.acronym());
        assertEquals(1, archived(TestUsers.api(colleague), Map.of("center", center)).size());
    }

    @jakarta.inject.Inject ReportArchive archive;

    @Test
    void aWorkbookOfHundredsOfCentersAskedOneByOneIsKeptWhole() throws Exception {
        List<String> codes =
                java.util.stream.IntStream.range(0, 600)
                        .mapToObj(i -> "CENTER-NUMBER-" + i)
                        .toList();
        String parameters = String.join("&", codes.stream().map(code -> "center=" + code).toList());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("portfolio-", ".xlsx");
        try {
            java.nio.file.Files.write(file, new byte[] {1, 2, 3});
            Archived archived =
                    archive.keep(
                            new Issue(
                                    "progress",
                                    "progress_portfolio_en_2026-11-30.xlsx",
                                    "en",
                                    false,
                                    codes,
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    java.time.LocalDate.of(2026, 11, 30),
                                    parameters,
                                    "manager",
                                    null),
                            file);
            JsonPath kept =
                    given().get("/api/reports/archive/{id}", archived.id())
                            .then()
                            .extract()
                            .jsonPath();
            assertEquals(codes, kept.getList("centers"));
            assertEquals(parameters, kept.getString("parameters"));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** A gauge's value as Prometheus reads it. */
    private static double metric(String name) {
        String text =
                given().auth().none().get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines()
                .filter(line -> line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the metrics"));
    }

    @Test
    void theArchivesStorageIsCountedInTheMetrics() {
        double files = metric("rehabtrack_report_archive_files");
        double bytes = metric("rehabtrack_report_archive_size_bytes");
        byte[] workbook =
                download(
                        given(),
                        "/api/reports/progress.xlsx",
                        Map.of("center", TestCenters.create()));
        assertEquals(files + 1, metric("rehabtrack_report_archive_files"));
        assertEquals(bytes + workbook.length, metric("rehabtrack_report_archive_size_bytes"));
    }

    @Test
    void badFiltersAndAMissingFileAnswerProblems() {
        given().queryParam("report", "payroll")
                .get("/api/reports/archive")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("report"));
        given().queryParam("center", "NO-SUCH-CENTER")
                .get("/api/reports/archive")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("center"));
        given().queryParam("issuedFrom", "yesterday")
                .get("/api/reports/archive")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("issuedFrom"));
        given().get("/api/reports/archive/{id}", Long.MAX_VALUE).then().statusCode(404);
        Response noFile =
                given().multiPart("note", "no file")
                        .post("/api/reports/archive/verify")
                        .then()
                        .extract()
                        .response();
        assertEquals(400, noFile.statusCode());
        assertEquals("file", noFile.jsonPath().getString("errors[0].field"));
    }
}

package org.rehabtrack.fielddata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;

/**
 * The sample exports of sample-data/field-exports, in the exact shape KoboToolbox and ODK Central
 * give them, import into a center: three evaluations (one with no finding), three findings with
 * their GPS points and three photos; imported again, nothing more.
 */
@QuarkusTest
class SampleExportImportTest {

    private static final String PATH = "/api/centers/{code}/evaluations/import";

    @Test
    void koboToolboxsWorkbookAndAttachmentsImportOnce() {
        String center = TestCenters.create();
        SampleExports samples = new SampleExports(center);
        byte[] workbook = samples.kobo(false);
        byte[] attachments = samples.koboAttachments();
        JsonPath first = kobo(center, workbook, attachments);
        assertImported(center, samples, first);

        JsonPath again = kobo(center, workbook, attachments);
        assertEquals(0, again.getInt("created"));
        assertEquals(3, again.getInt("alreadyImported"));
        assertEquals(3, findingsOf(center).size());
    }

    @Test
    void koboToolboxsWorkbookWithTheDownloadsPageOptionsImports() {
        String center = TestCenters.create();
        SampleExports samples = new SampleExports(center);
        assertImported(
                center, samples, kobo(center, samples.kobo(true), samples.koboAttachments()));
    }

    @Test
    void odkCentralsZipImportsOnce() {
        String center = TestCenters.create();
        SampleExports samples = new SampleExports(center);
        byte[] zip = samples.central();
        JsonPath first = central(center, zip);
        assertImported(center, samples, first);

        JsonPath again = central(center, zip);
        assertEquals(0, again.getInt("created"));
        assertEquals(3, again.getInt("alreadyImported"));
        assertEquals(3, findingsOf(center).size());
    }

    @Test
    void withoutItsAttachmentsASubmissionWithPhotosIsRefusedAndTheOthersImported() {
        String center = TestCenters.create();
        SampleExports samples = new SampleExports(center);
        JsonPath report =
                given().multiPart("file", "export.xlsx", samples.kobo(false), FormResource.XLSX)
                        .post(PATH, center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(1, report.getInt("created"));
        assertEquals(2, report.getInt("refused"));
        assertTrue(
                report.getList("submissions.errors.field")
                        .toString()
                        .contains("findings[1].photo_1"),
                report.prettify());
        assertEquals(0, findingsOf(center).size());
    }

    private static JsonPath kobo(String center, byte[] workbook, byte[] attachments) {
        return given().multiPart("file", "export.xlsx", workbook, FormResource.XLSX)
                .multiPart("media", "attachments.zip", attachments, "application/zip")
                .post(PATH, center)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath central(String center, byte[] zip) {
        return given().multiPart("file", "rehabtrack_evaluation.zip", zip, "application/zip")
                .post(PATH, center)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Three evaluations, three findings with their points, three photos, as the README lists. */
    private static void assertImported(String center, SampleExports samples, JsonPath report) {
        assertEquals(3, report.getInt("created"), report.prettify());
        assertEquals(0, report.getInt("refused"));
        assertEquals(
                3,
                report.getList("submissions").stream()
                        .mapToInt(s -> (Integer) ((Map<?, ?>) s).get("photos"))
                        .sum());
        List<String> expected =
                SampleExports.sampleInstanceIds().stream()
                        .map(samples::instanceId)
                        .sorted()
                        .toList();
        assertEquals(
                expected,
                report.getList("submissions.instanceId", String.class).stream().sorted().toList());

        List<Map<String, Object>> evaluations =
                given().get("/api/centers/{code}/evaluations", center).jsonPath().getList("$");
        assertEquals(3, evaluations.size());
        Map<String, Object> first = evaluations.get(0);
        assertEquals("2026-11-18", first.get("date"));
        assertEquals("FOLLOW_UP", first.get("kind"));
        Map<?, ?> measured = (Map<?, ?>) first.get("measurements");
        assertEquals(80, measured.get("personsDesignCapacity"));
        assertEquals(Boolean.TRUE, measured.get("overnightStay"));
        assertEquals(6, ((List<?>) first.get("services")).size());

        List<Map<String, Object>> findings = findingsOf(center);
        assertEquals(3, findings.size());
        Map<String, Object> roof =
                findings.stream()
                        .filter(f -> "ROOF".equals(f.get("category")))
                        .findFirst()
                        .orElseThrow();
        assertEquals(2, ((List<?>) roof.get("photos")).size());
        assertEquals(0, new BigDecimal("15.776418").compareTo((BigDecimal) roof.get("latitude")));
        assertEquals(0, new BigDecimal("-88.038135").compareTo((BigDecimal) roof.get("longitude")));
        assertEquals("18500.00", ((Map<?, ?>) roof.get("estimatedCost")).get("amount"));
        assertTrue(((String) roof.get("description")).contains("\n"));
    }

    /** The center's findings, their numbers read as decimals (a float would round a point). */
    private static List<Map<String, Object>> findingsOf(String center) {
        return given().get("/api/centers/{code}/findings", center)
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getList("$");
    }
}

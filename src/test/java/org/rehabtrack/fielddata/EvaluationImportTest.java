package org.rehabtrack.fielddata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestPhotos;
import org.rehabtrack.system.TestUsers;

/**
 * {@code POST /api/centers/{code}/evaluations/import} with ODK Central's CSV files: each submission
 * an evaluation with its findings and photos, or refused whole with why; the same export imported
 * twice creates nothing the second time; a file that is no export is a problem.
 */
@QuarkusTest
class EvaluationImportTest {

    private static final String PATH = "/api/centers/{code}/evaluations/import";
    private static final String MAIN_HEADER =
            "SubmissionDate,center,kind,date,lead_engineer,summary,measurements-persons_design_capacity,"
                    + "measurements-overnight_stay,measurements-covered_area_m2,"
                    + "services-service_food,services-service_food_note,meta-instanceID,KEY,"
                    + "SubmitterID,SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,"
                    + "ReviewState,DeviceID,Edits,FormVersion\n";
    private static final String FINDINGS_HEADER =
            "category,severity,title,description,location,recommendation,estimated_cost,currency,"
                    + "photo_1,photo_2,photo_3,gps-Latitude,gps-Longitude,gps-Altitude,gps-Accuracy,"
                    + "PARENT_KEY,KEY\n";

    private static String submission(String center, String id, String date, String capacity) {
        return "2026-11-18T15:02:11.481Z,"
                + center
                + ",FOLLOW_UP,"
                + date
                + ",Ing. de prueba,\"Visita de seguimiento, con lluvia\","
                + capacity
                + ",yes,310.5,PARTIAL,Sin cocina propia,"
                + id
                + ","
                + id
                + ",7,ingenieria,2,2,,,collect:test,0,1a2b3c\n";
    }

    private static String finding(String id, int n, String photo1, String photo2) {
        return "ROOF,HIGH,Goteras en el dormitorio,\"Agua sobre\nlas camas\",Bloque A,Cambiar láminas,"
                + "18500.00,HNL,"
                + photo1
                + ","
                + photo2
                + ",,15.77641234567,-88.03812345678,12.5,4.8,"
                + id
                + ","
                + id
                + "/findings["
                + n
                + "]\n";
    }

    private static byte[] mediaZip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(TestPhotos.jpegWithExif(640, 480, 1));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static RequestSpecification csv(String main, String findings) {
        return given().multiPart(
                        "file",
                        "rehabtrack_evaluation.csv",
                        (MAIN_HEADER + main).getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .multiPart(
                        "findings",
                        "rehabtrack_evaluation-findings.csv",
                        (FINDINGS_HEADER + findings).getBytes(StandardCharsets.UTF_8),
                        "text/csv");
    }

    /** Posts the import to the center and answers its report (200). */
    private static JsonPath report(RequestSpecification request, String center) {
        return request.post(PATH, center).then().statusCode(200).extract().jsonPath();
    }

    private static String id() {
        return "uuid:" + UUID.randomUUID();
    }

    @Test
    void aSubmissionBecomesAnEvaluationWithItsFindingsAndPhotosOnce() throws IOException {
        String center = TestCenters.create();
        String id = id();
        String main = submission(center, id, "2026-11-18", "80");
        String findings =
                finding(id, 1, "1763478012345.jpg", "1763478019999.jpg") + finding(id, 2, "", "");
        byte[] media = mediaZip("media/1763478012345.jpg", "media/1763478019999.jpg");

        JsonPath first =
                report(
                        csv(main, findings)
                                .multiPart("media", "media.zip", media, "application/zip"),
                        center);
        assertEquals(1, first.getInt("created"));
        assertEquals("CREATED", first.getString("submissions[0].outcome"));
        assertEquals(2, first.getInt("submissions[0].photos"));
        long evaluation = first.getLong("submissions[0].evaluation");

        JsonPath recorded =
                given().get("/api/evaluations/{id}", evaluation)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(id, recorded.getString("instanceId"));
        assertEquals("FOLLOW_UP", recorded.getString("kind"));
        assertEquals(80, recorded.getInt("measurements.personsDesignCapacity"));
        assertTrue(recorded.getBoolean("measurements.overnightStay"));
        assertEquals("310.5", recorded.getString("measurements.coveredAreaM2"));
        assertEquals("PARTIAL", recorded.getString("services[0].rating"));
        assertEquals("Sin cocina propia", recorded.getString("services[0].note"));

        List<Map<String, Object>> logged = findingsOf(center);
        assertEquals(2, logged.size());
        Map<String, Object> roof =
                logged.stream()
                        .filter(f -> ((List<?>) f.get("photos")).size() == 2)
                        .findFirst()
                        .orElseThrow();
        assertEquals("Agua sobre\nlas camas", roof.get("description"));
        assertEquals(0, new BigDecimal("15.776412").compareTo((BigDecimal) roof.get("latitude")));
        assertEquals(0, new BigDecimal("-88.038123").compareTo((BigDecimal) roof.get("longitude")));
        assertEquals("18500.00", ((Map<?, ?>) roof.get("estimatedCost")).get("amount"));

        JsonPath again =
                report(
                        csv(main, findings)
                                .multiPart("media", "media.zip", media, "application/zip"),
                        center);
        assertEquals(0, again.getInt("created"));
        assertEquals("ALREADY_IMPORTED", again.getString("submissions[0].outcome"));
        assertEquals(evaluation, again.getLong("submissions[0].evaluation"));
        assertEquals(2, findingsOf(center).size());
        assertEquals(
                1,
                given().get("/api/centers/{code}/evaluations", center)
                        .jsonPath()
                        .getList("$")
                        .size());
    }

    @Test
    void aSubmissionWithAnyWrongAnswerIsRefusedWholeAndTheOthersImported() {
        String center = TestCenters.create();
        String good = id();
        String bad = id();
        String main =
                submission(center, good, "2026-11-18", "80")
                        + submission(center, bad, "2026-11-19", "4.5");
        String findings =
                finding(good, 1, "", "")
                        + finding(bad, 1, "1763478012345.jpg", "").replace("HIGH", "SEVERE");
        JsonPath report = report(csv(main, findings), center);
        assertEquals(1, report.getInt("created"));
        assertEquals(1, report.getInt("refused"));
        assertEquals("REFUSED", report.getString("submissions[1].outcome"));
        assertNull(report.get("submissions[1].evaluation"));
        assertEquals(
                List.of("findings[1].photo_1", "findings[1].severity", "persons_design_capacity"),
                report.getList("submissions[1].errors.field"));
        assertEquals(1, findingsOf(center).size());
    }

    @Test
    void aSubmissionOfAnotherCenterOrOfTheFutureIsRefused() {
        String center = TestCenters.create();
        String other = TestCenters.create();
        String main =
                submission(other, id(), "2026-11-18", "80")
                        + submission(center, id(), "2999-01-01", "80");
        JsonPath report = report(csv(main, "").header("Accept-Language", "es"), center);
        assertEquals(2, report.getInt("refused"));
        assertEquals("center", report.getString("submissions[0].errors[0].field"));
        assertTrue(report.getString("submissions[0].errors[0].message").contains(other));
        assertEquals("date", report.getString("submissions[1].errors[0].field"));
        assertTrue(report.getString("submissions[1].reason").startsWith("No se importó nada"));
        assertEquals(
                0,
                given().get("/api/centers/{code}/evaluations", center)
                        .jsonPath()
                        .getList("$")
                        .size());
    }

    @Test
    void aFileThatIsNoExportIsAProblem() {
        String center = TestCenters.create();
        given().multiPart("file", "photo.jpg", TestPhotos.image("jpg"), "image/jpeg")
                .post(PATH, center)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().multiPart("other", "x.txt", new byte[] {1}, "text/plain")
                .post(PATH, center)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().multiPart(
                        "file",
                        "empty.csv",
                        MAIN_HEADER.getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post(PATH, center)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void donorsCannotImport() {
        String center = TestCenters.create();
        TestUsers.api(TestUsers.donorFunding(center).username())
                .multiPart(
                        "file", "x.csv", MAIN_HEADER.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(PATH, center)
                .then()
                .statusCode(403);
    }

    /** The center's findings, their numbers read as decimals (a float would round a point). */
    private static List<Map<String, Object>> findingsOf(String center) {
        return given().get("/api/centers/{code}/findings", center)
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .getList("$");
    }
}

package org.rehabtrack.backup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestDatabases;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;

@QuarkusTest
class BackupTest {

    @Test
    void anAdministratorBacksUpTheEmbeddedDatabaseWithItsPhotosWhileItRuns() throws Exception {
        long finding = TestEvaluations.createFinding();
        given().multiPart("file", "roof.jpg", TestPhotos.image("jpg"), "image/jpeg")
                .post("/api/findings/{id}/photos", finding).then().statusCode(201);
        given().post("/api/admin/backup").then().statusCode(403);

        var answer = given().auth().preemptive().basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .post("/api/admin/backup").then();
        if (TestDatabases.postgresql()) {
            answer.statusCode(409).body("type", equalTo("/problems/not-on-this-database"));
            return;
        }
        ExtractableResponse<Response> written = answer.statusCode(201).extract();
        Path zip = Path.of(written.jsonPath().getString("file"));
        assertTrue(Files.isRegularFile(zip), zip.toString());
        assertEquals(Files.size(zip), written.jsonPath().getLong("size"));
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertTrue(names.contains("database/rehabtrack.sql"), names.toString());
        long photos = names.stream().filter(n -> n.startsWith("photos/")).count();
        assertEquals(written.jsonPath().getInt("photos"), photos);
        String stored = given().get("/api/findings/{id}", finding).then().extract().jsonPath()
                .getString("photos[0].url");
        assertTrue(photos >= 1 && stored != null);
    }
}

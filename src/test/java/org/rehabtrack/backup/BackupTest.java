package org.rehabtrack.backup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.rehabtrack.finding.PhotoStorage;
import org.rehabtrack.system.RehabtrackConfig;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestDatabases;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;

@QuarkusTest
class BackupTest {

    @Inject RehabtrackConfig config;

    @Inject PhotoStorage photoStorage;

    @Inject EntityManager em;

    @Test
    void anAdministratorBacksUpTheEmbeddedDatabaseWithItsPhotosWhileItRuns() throws Exception {
        long finding = TestEvaluations.createFinding();
        given().multiPart("file", "roof.jpg", TestPhotos.image("jpg"), "image/jpeg")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(201);
        given().post("/api/admin/backup").then().statusCode(403);

        var answer =
                given().auth()
                        .preemptive()
                        .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                        .post("/api/admin/backup")
                        .then();
        if (TestDatabases.postgresql()) {
            answer.statusCode(409).body("type", equalTo("/problems/not-on-this-database"));
            return;
        }
        ExtractableResponse<Response> written = answer.statusCode(201).extract();
        String file = written.jsonPath().getString("file");
        assertTrue(
                file.matches("rehabtrack-[0-9-]+\\.zip"),
                "only the file's name, never the server's path: " + file);
        Path zip = backups().resolve(file);
        assertTrue(Files.isRegularFile(zip), zip.toString());
        assertEquals(Files.size(zip), written.jsonPath().getLong("size"));
        Set<String> names = entries(zip);
        assertTrue(names.contains("database/rehabtrack.sql"), names.toString());
        long photos = names.stream().filter(n -> n.startsWith("photos/")).count();
        assertEquals(written.jsonPath().getInt("photos"), photos);
        String stored =
                given().get("/api/findings/{id}", finding)
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("photos[0].url");
        assertTrue(photos >= 1 && stored != null);
    }

    @Test
    void aPhotoAndItsThumbnailAreBackedUpAndAFileThatNoPhotoRecordNamesIsNot() throws Exception {
        if (TestDatabases.postgresql()) {
            return; // the online backup is H2's; scripts/check-backup-postgresql.sh checks
            // pg_dump's
        }
        long finding = TestEvaluations.createFinding();
        long photo =
                given().multiPart("file", "roof.jpg", TestPhotos.image("jpg"), "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        Object[] files =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        (Object[])
                                                em.createNativeQuery(
                                                                "select storage_name, thumbnail_name from photo where id = :id")
                                                        .setParameter("id", photo)
                                                        .getSingleResult());
        Files.createDirectories(photoStorage.folder());
        Path orphan =
                Files.write(
                        photoStorage.folder().resolve("0000-orphan.jpg"), TestPhotos.image("jpg"));
        try {
            Set<String> names = entries(backups().resolve(backUp().getString("file")));
            assertFalse(names.contains("photos/" + orphan.getFileName()), names.toString());
            assertTrue(names.contains("photos/" + files[0]), "the photo: " + names);
            assertTrue(names.contains("photos/" + files[1]), "its thumbnail: " + names);
        } finally {
            Files.deleteIfExists(orphan);
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        if (TestDatabases.postgresql()) {
            return;
        }
        int keep = config.backup().keep();
        Files.createDirectories(backups());
        List<Path> old = new ArrayList<>();
        for (int i = 0; i <= keep; i++) {
            old.add(
                    Files.write(
                            backups()
                                    .resolve(
                                            String.format(
                                                    "rehabtrack-20000101-0000%02d-000.zip", i)),
                            new byte[1]));
        }
        Path unrelated = Files.write(backups().resolve("notes.txt"), new byte[1]);
        var written = backUp();
        try (Stream<Path> listed = Files.list(backups())) {
            List<String> kept =
                    listed.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith("rehabtrack-") && n.endsWith(".zip"))
                            .sorted()
                            .toList();
            assertEquals(keep, kept.size(), kept.toString());
            assertTrue(kept.contains(written.getString("file")), kept.toString());
            assertFalse(kept.contains(old.get(0).getFileName().toString()), kept.toString());
            assertFalse(kept.contains(old.get(1).getFileName().toString()), kept.toString());
        }
        assertTrue(written.getInt("removed") >= 2);
        assertTrue(Files.exists(unrelated), "only backups are removed");
        Files.delete(unrelated);
    }

    private static io.restassured.path.json.JsonPath backUp() {
        return given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .post("/api/admin/backup")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private Path backups() {
        return Path.of(config.dataDir(), "backups").toAbsolutePath().normalize();
    }

    private static Set<String> entries(Path zip) throws Exception {
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}

package org.rehabtrack.finding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.PhotoConfig;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;

@QuarkusTest
class PhotoResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final int TEN_MB = 10 * 1024 * 1024;

    @Inject PhotoStorage storage;

    private static byte[] image(String format) {
        return TestPhotos.image(format);
    }

    /** A JPEG signature followed by filler, {@code size} bytes in all. */
    private static byte[] jpegOfSize(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    private long storedFiles() throws IOException {
        if (!Files.isDirectory(storage.folder())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(storage.folder())) {
            return files.count();
        }
    }

    @Test
    void readsBackAFindingsJpegPhoto() throws IOException {
        long finding = TestEvaluations.createFinding();
        byte[] jpeg = image("jpg");

        String location =
                given().multiPart("file", "IMG_0042.jpg", jpeg, "image/jpeg")
                        .multiPart(
                                new MultiPartSpecBuilder("Baños de mujeres, vista norte")
                                        .controlName("caption")
                                        .mimeType("text/plain")
                                        .charset(StandardCharsets.UTF_8)
                                        .build())
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .body("contentType", equalTo("image/jpeg"))
                        .body("caption", equalTo("Baños de mujeres, vista norte"))
                        .body("width", equalTo(32))
                        .body("height", equalTo(24))
                        .extract()
                        .header("Location");

        int size =
                given().get("/api/findings/{id}", finding)
                        .then()
                        .body("photos", hasSize(1))
                        .body("photos[0].url", containsString("/api/photos/"))
                        .body(
                                "photos[0].thumbnailUrl",
                                equalTo(
                                        location.substring(location.indexOf("/api/"))
                                                + "/thumbnail"))
                        .extract()
                        .jsonPath()
                        .getInt("photos[0].size");
        byte[] served =
                given().get(location)
                        .then()
                        .statusCode(200)
                        .contentType("image/jpeg")
                        .header("X-Content-Type-Options", "nosniff")
                        .extract()
                        .asByteArray();
        // Written anew by the server: the same picture, not the same bytes.
        assertEquals(size, served.length);
        BufferedImage picture = TestPhotos.read(served);
        assertEquals(32, picture.getWidth());
        assertEquals(24, picture.getHeight());
        int sent = TestPhotos.read(jpeg).getRGB(20, 20);
        int kept = picture.getRGB(20, 20);
        for (int shift = 0; shift <= 16; shift += 8) {
            assertTrue(
                    Math.abs((sent >> shift & 0xFF) - (kept >> shift & 0xFF)) <= 8,
                    "the same picture");
        }
    }

    @Test
    void takesPngRecognisedByContentWhateverItsName() throws IOException {
        long finding = TestEvaluations.createFinding();
        long id =
                given().multiPart("file", "scan.jpg", image("png"), "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .body("contentType", equalTo("image/png"))
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().get("/api/photos/{id}", id).then().statusCode(200).contentType("image/png");
    }

    @Test
    void storesUnderAGeneratedNameNeverTheClients() throws IOException {
        long finding = TestEvaluations.createFinding();
        given().multiPart("file", "../../etc/evil.jpg", image("jpg"), "image/jpeg")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(201);
        try (Stream<Path> files = Files.list(storage.folder())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("evil")));
        }
        assertFalse(Files.exists(storage.folder().resolve("../../etc/evil.jpg").normalize()));
    }

    @Test
    void refusesATextFileNamedLikeAPhotoWith415AndStoresNothing() throws IOException {
        long finding = TestEvaluations.createFinding();
        long before = storedFiles();

        given().multiPart(
                        "file",
                        "photo.jpg",
                        "this is not a photo".getBytes(StandardCharsets.UTF_8),
                        "image/jpeg")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/unsupported-media-type"))
                .body("detail", containsString("JPEG"));

        assertEquals(before, storedFiles());
        given().get("/api/findings/{id}", finding).then().body("photos", hasSize(0));
    }

    @Test
    void refusesAPhotoOverTheLimitWith413AndStoresNothing() throws IOException {
        long finding = TestEvaluations.createFinding();
        long before = storedFiles();

        given().multiPart("file", "big.jpg", jpegOfSize(TEN_MB + 1), "image/jpeg")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/too-large"))
                .body("detail", containsString("10485760"));

        assertEquals(before, storedFiles());
        given().get("/api/findings/{id}", finding).then().body("photos", hasSize(0));
    }

    @Test
    void takesAPhotoOfExactlyTheLimit() {
        long finding = TestEvaluations.createFinding();
        byte[] limit = TestPhotos.jpegOfExactly(TEN_MB);
        assertEquals(TEN_MB, limit.length);
        // Its comment segments are not kept: what is stored is the picture alone.
        given().multiPart("file", "limit.jpg", limit, "image/jpeg")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(201)
                .body("size", lessThan(100_000))
                .body("width", equalTo(32));
    }

    @Test
    void refusesJpegMagicFollowedByFillerWith415() throws IOException {
        long finding = TestEvaluations.createFinding();
        long before = storedFiles();
        given().multiPart("file", "limit.jpg", jpegOfSize(TEN_MB), "image/jpeg")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/unsupported-media-type"));
        assertEquals(before, storedFiles());
    }

    @Test
    void refusesAnUploadDeclaredFarOverTheLimitBeforeReadingIt() throws IOException {
        long finding = TestEvaluations.createFinding();
        long before = storedFiles();
        // Past room for the photos a page's form may carry: refused from its Content-Length.
        given().multiPart(
                        "file",
                        "huge.jpg",
                        jpegOfSize(TEN_MB * PhotoConfig.PER_REQUEST + 200_000),
                        "image/jpeg")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
        assertEquals(before, storedFiles());
    }

    @Test
    void asksForTheFilePart() {
        long finding = TestEvaluations.createFinding();
        given().multiPart("caption", "no file")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void refusesAPhotoForAnUnknownFindingAndStoresNothing() throws IOException {
        long before = storedFiles();
        given().multiPart("file", "a.jpg", image("jpg"), "image/jpeg")
                .post("/api/findings/999999/photos")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        assertEquals(before, storedFiles());
    }

    @Test
    void deletingAFindingLeavesNoPhotoBehind() throws IOException {
        long finding = TestEvaluations.createFinding();
        long first =
                given().multiPart("file", "a.jpg", image("jpg"), "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().multiPart("file", "b.png", image("png"), "image/png")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(201);
        long withPhotos = storedFiles();

        given().delete("/api/findings/{id}", finding).then().statusCode(204);

        assertEquals(withPhotos - 4, storedFiles(), "two photos and their thumbnails");
        given().get("/api/photos/{id}", first).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/photos/{id}/thumbnail", first)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void deletesOnePhoto() throws IOException {
        long finding = TestEvaluations.createFinding();
        long id =
                given().multiPart("file", "a.jpg", image("jpg"), "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        long withPhoto = storedFiles();

        given().delete("/api/photos/{id}", id).then().statusCode(204);

        assertEquals(withPhoto - 2, storedFiles(), "the photo and its thumbnail");
        given().get("/api/findings/{id}", finding).then().body("photos", hasSize(0));
        given().delete("/api/photos/{id}", id).then().statusCode(404);
    }
}

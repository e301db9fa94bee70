package org.rehabtrack.finding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestWorks;

/**
 * Whatever way a photo arrives (the API of findings and of progress reports, the engineer's forms),
 * what is stored and served is the picture written anew: no EXIF, GPS or maker, upright, within the
 * size limits, with a small thumbnail beside it.
 */
@QuarkusTest
class PhotoPrivacyTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject PhotoStorage storage;

    @Inject PhotoRepository photos;

    @Inject Csrf csrf;

    private long storedFiles() throws IOException {
        if (!Files.isDirectory(storage.folder())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(storage.folder())) {
            return files.count();
        }
    }

    private List<Path> filesOf(long id) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            Photo photo = photos.findById(id);
                            return List.of(
                                    storage.resolve(photo.getStorageName()),
                                    storage.resolve(photo.getThumbnailName()));
                        });
    }

    /**
     * The served photo and its stored file are the same clean, upright picture of the phone's
     * marked JPEG.
     */
    private void assertCleanAndUpright(long id) throws Exception {
        byte[] served =
                given().get("/api/photos/{id}", id)
                        .then()
                        .statusCode(200)
                        .contentType("image/jpeg")
                        .extract()
                        .asByteArray();
        byte[] thumbnail =
                given().get("/api/photos/{id}/thumbnail", id)
                        .then()
                        .statusCode(200)
                        .contentType("image/jpeg")
                        .extract()
                        .asByteArray();
        List<Path> files = filesOf(id);
        assertArrayEquals(Files.readAllBytes(files.get(0)), served, "served as stored");
        assertArrayEquals(
                Files.readAllBytes(files.get(1)), thumbnail, "thumbnail served as stored");
        for (byte[] jpeg : List.of(served, thumbnail)) {
            PhotoEncoderTest.assertNoMetadata(jpeg);
        }
        BufferedImage upright = TestPhotos.read(served);
        assertEquals(480, upright.getWidth(), "turned a quarter: width and height swapped");
        assertEquals(640, upright.getHeight());
        assertTrue(
                isMark(upright.getRGB(480 - 10, 10)),
                "the sensor's top-left corner is now top right");
        assertFalse(isMark(upright.getRGB(10, 10)));
        BufferedImage small = TestPhotos.read(thumbnail);
        assertEquals(240, small.getWidth());
        assertEquals(320, small.getHeight());
        assertTrue(isMark(small.getRGB(240 - 5, 5)));
    }

    static boolean isMark(int rgb) {
        return ((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }

    @Test
    void aPhonesPhotoOfAFindingLosesItsGpsAndMakerAndStandsUpright() throws Exception {
        long finding = TestEvaluations.createFinding();
        long id =
                given().multiPart(
                                "file",
                                "IMG_0001.jpg",
                                TestPhotos.jpegWithExif(640, 480, 6),
                                "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .body("width", equalTo(480))
                        .body("height", equalTo(640))
                        .body("thumbnailWidth", equalTo(240))
                        .body("thumbnailHeight", equalTo(320))
                        .extract()
                        .jsonPath()
                        .getLong("id");
        assertCleanAndUpright(id);
    }

    @Test
    void aPhonesPhotoOfTheWorksLosesItsGpsToo() throws Exception {
        long workPackage = TestWorks.underWay(TestCenters.create(), "WP-01", List.of());
        long report =
                given().contentType("application/json")
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
        long id =
                given().multiPart(
                                "file",
                                "obra.jpg",
                                TestPhotos.jpegWithExif(640, 480, 6),
                                "image/jpeg")
                        .post("/api/progress-reports/{id}/photos", report)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        assertCleanAndUpright(id);
    }

    @Test
    void photosFromTheEngineersFormsAreCleanedToo() throws Exception {
        String center = TestCenters.create();
        long evaluation = TestEvaluations.create(center, "INITIAL", Map.of());
        String cookie = TestSessions.signIn("engineer", SignedInAsManager.DEMO_PASSWORD);
        given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, cookie)
                .multiPart(Csrf.FIELD, csrf.tokenOf(cookie))
                .multiPart("evaluation", String.valueOf(evaluation))
                .multiPart("category", "ROOF")
                .multiPart("severity", "HIGH")
                .multiPart("title", "Techo")
                .multiPart("photo", "IMG_1.jpg", TestPhotos.jpegWithExif(640, 480, 6), "image/jpeg")
                .post("/centers/{code}/findings", center)
                .then()
                .statusCode(303);
        long finding =
                given().get("/api/centers/{code}/findings", center)
                        .then()
                        .body("", hasSize(1))
                        .extract()
                        .jsonPath()
                        .getLong("[0].id");
        assertCleanAndUpright(
                given().get("/api/findings/{id}", finding)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("photos[0].id"));

        long workPackage = TestWorks.underWay(center, "WP-01", List.of());
        given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, cookie)
                .multiPart(Csrf.FIELD, csrf.tokenOf(cookie))
                .multiPart("date", java.time.LocalDate.now().toString())
                .multiPart("percentComplete", "20")
                .multiPart("photo", "obra.jpg", TestPhotos.jpegWithExif(640, 480, 6), "image/jpeg")
                .post("/centers/{code}/work-packages/{id}/progress", center, workPackage)
                .then()
                .statusCode(303);
        assertCleanAndUpright(
                given().get("/api/work-packages/{id}/progress", workPackage)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("[0].photos[0].id"));
    }

    @Test
    void aFormWithAnUndecodablePhotoSavesNothing() throws IOException {
        String center = TestCenters.create();
        long evaluation = TestEvaluations.create(center, "INITIAL", Map.of());
        String cookie = TestSessions.signIn("engineer", SignedInAsManager.DEMO_PASSWORD);
        long before = storedFiles();
        byte[] fake = java.util.Arrays.copyOf(TestPhotos.image("jpg"), 40);
        // Refused: the form again in the answer to the post (422), the photo's error by its field.
        given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, cookie)
                .multiPart(Csrf.FIELD, csrf.tokenOf(cookie))
                .multiPart("evaluation", String.valueOf(evaluation))
                .multiPart("category", "ROOF")
                .multiPart("severity", "HIGH")
                .multiPart("title", "Techo")
                .multiPart("photo", "IMG_1.jpg", TestPhotos.image("jpg"), "image/jpeg")
                .multiPart("photo", "IMG_2.jpg", fake, "image/jpeg")
                .post("/centers/{code}/findings", center)
                .then()
                .statusCode(422)
                .header("Location", org.hamcrest.Matchers.nullValue())
                .body(org.hamcrest.Matchers.containsString("id=\"photo-error\""));
        given().get("/api/centers/{code}/findings", center).then().body("", hasSize(0));
        assertEquals(before, storedFiles(), "neither photo kept, no temporary file left");
    }

    @Test
    void refusesAPngDeclaring30000By30000PixelsQuicklyAndStoresNothing() throws IOException {
        long finding = TestEvaluations.createFinding();
        long before = storedFiles();
        long start = System.nanoTime();
        given().multiPart("file", "plan.png", TestPhotos.pngDeclaring(30_000, 30_000), "image/png")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/too-large"))
                .body(
                        "detail",
                        equalTo(
                                "The photo is 30000 x 30000 pixels; at most 40 megapixels are accepted."));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 3_000, "refused in " + millis + " ms");
        assertEquals(before, storedFiles());
        given().get("/api/findings/{id}", finding).then().body("photos", hasSize(0));
    }

    @Test
    void storesAPhonePhotoAt2560OnItsLongestSideWithASmallThumbnail() {
        long finding = TestEvaluations.createFinding();
        long id =
                given().multiPart(
                                "file",
                                "IMG_4032.jpg",
                                TestPhotos.image("jpg", 4032, 3024),
                                "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .body("width", equalTo(2560))
                        .body("height", equalTo(1920))
                        .extract()
                        .jsonPath()
                        .getLong("id");
        BufferedImage photo =
                TestPhotos.read(
                        given().get("/api/photos/{id}", id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asByteArray());
        assertEquals(2560, photo.getWidth());
        assertEquals(1920, photo.getHeight());
        byte[] thumbnail =
                given().get("/api/photos/{id}/thumbnail", id)
                        .then()
                        .statusCode(200)
                        .contentType("image/jpeg")
                        .header("X-Content-Type-Options", "nosniff")
                        .extract()
                        .asByteArray();
        BufferedImage small = TestPhotos.read(thumbnail);
        assertEquals(320, Math.max(small.getWidth(), small.getHeight()));
        assertTrue(thumbnail.length < 40_000, "a thumbnail of " + thumbnail.length + " bytes");
    }

    @Test
    void aPngStaysAPngAndItsThumbnailIsAJpeg() {
        long finding = TestEvaluations.createFinding();
        long id =
                given().multiPart("file", "plan.png", TestPhotos.image("png"), "image/png")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .body("contentType", equalTo("image/png"))
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().get("/api/photos/{id}", id).then().statusCode(200).contentType("image/png");
        given().get("/api/photos/{id}/thumbnail", id)
                .then()
                .statusCode(200)
                .contentType("image/jpeg");
        given().get("/api/photos/999999/thumbnail").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aThumbnailIsHiddenFromWhoeverMayNotSeeItsPhoto() {
        long finding = TestEvaluations.createFinding(); // of a new center no donor funds
        long id =
                given().multiPart("file", "a.jpg", TestPhotos.image("jpg"), "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().get("/api/photos/{id}/thumbnail", id).then().statusCode(200);
        for (String outsider : List.of("donor", "partner")) {
            given().auth()
                    .preemptive()
                    .basic(outsider, SignedInAsManager.DEMO_PASSWORD)
                    .get("/api/photos/{id}/thumbnail", id)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
            given().auth()
                    .preemptive()
                    .basic(outsider, SignedInAsManager.DEMO_PASSWORD)
                    .get("/api/photos/{id}", id)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
        }
    }
}

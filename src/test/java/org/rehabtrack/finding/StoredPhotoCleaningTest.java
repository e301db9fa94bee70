package org.rehabtrack.finding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;

/**
 * Photos stored before every upload was written anew (a file as the phone wrote it, no thumbnail)
 * are cleaned by {@link StoredPhotoCleaning}, which says how many files it changed, leaves a file
 * it cannot decode as it is, and changes nothing when run again.
 */
@QuarkusTest
class StoredPhotoCleaningTest {

    @Inject PhotoStorage storage;

    @Inject PhotoRepository photos;

    @Inject StoredPhotoCleaning cleaning;

    /**
     * A photo as it was stored before: {@code bytes} as sent, under its old name, no thumbnail, no
     * sizes.
     */
    private long storedBefore(byte[] bytes) throws Exception {
        long finding = TestEvaluations.createFinding();
        long id =
                given().multiPart("file", "old.jpg", TestPhotos.image("jpg"), "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        Photo photo = QuarkusTransaction.requiringNew().call(() -> photos.findById(id));
        Files.write(storage.resolve(photo.getStorageName()), bytes);
        Files.delete(storage.resolve(photo.getThumbnailName()));
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                photos.update(
                                        "thumbnailName = null, width = null, height = null,"
                                                + " thumbnailWidth = null, thumbnailHeight = null, sizeBytes = ?1 where id = ?2",
                                        (long) bytes.length,
                                        id));
        return id;
    }

    private Photo photo(long id) {
        return QuarkusTransaction.requiringNew().call(() -> photos.findById(id));
    }

    @Test
    void cleansAStoredPhoneJpegOnceAndLeavesAnUndecodableFile() throws Exception {
        byte[] phone = TestPhotos.jpegWithExif(640, 480, 6);
        long withExif = storedBefore(phone);
        byte[] broken = new byte[5000];
        java.util.Arrays.fill(broken, (byte) 0x5A);
        broken[0] = (byte) 0xFF;
        broken[1] = (byte) 0xD8;
        broken[2] = (byte) 0xFF;
        long undecodable = storedBefore(broken);
        String oldName = photo(withExif).getStorageName();
        // Before cleaning, the old file (GPS and all) is kept but never served.
        for (String path : new String[] {"/api/photos/{id}", "/api/photos/{id}/thumbnail"}) {
            given().get(path, withExif)
                    .then()
                    .statusCode(404)
                    .body("detail", org.hamcrest.Matchers.containsString("metadata"));
        }

        StoredPhotoCleaning.Cleaned first = cleaning.clean();

        assertEquals(1, first.changed(), "one file changed");
        assertTrue(first.left() >= 1, "the undecodable one left: " + first);
        Photo cleaned = photo(withExif);
        assertNotEquals(oldName, cleaned.getStorageName());
        assertFalse(Files.exists(storage.resolve(oldName)), "the file with GPS is gone");
        assertNotNull(cleaned.getThumbnailName());
        assertEquals(480, cleaned.getWidth());
        assertEquals(640, cleaned.getHeight());
        byte[] served =
                given().get("/api/photos/{id}", withExif)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertEquals(cleaned.getSizeBytes(), served.length);
        PhotoEncoderTest.assertNoMetadata(served);
        BufferedImage upright = TestPhotos.read(served);
        assertEquals(480, upright.getWidth());
        assertTrue(PhotoPrivacyTest.isMark(upright.getRGB(470, 10)), "turned upright");
        byte[] thumbnail =
                given().get("/api/photos/{id}/thumbnail", withExif)
                        .then()
                        .statusCode(200)
                        .contentType("image/jpeg")
                        .extract()
                        .asByteArray();
        PhotoEncoderTest.assertNoMetadata(thumbnail);
        assertEquals(320, TestPhotos.read(thumbnail).getHeight());

        Photo left = photo(undecodable);
        assertNull(left.getThumbnailName());
        assertArrayEquals(
                broken,
                Files.readAllBytes(storage.resolve(left.getStorageName())),
                "left as it was");
        given().get("/api/photos/{id}", undecodable).then().statusCode(404);

        StoredPhotoCleaning.Cleaned again = cleaning.clean();
        assertEquals(0, again.changed(), "nothing left to change");
        assertEquals(first.left(), again.left());
        assertEquals(cleaned.getStorageName(), photo(withExif).getStorageName());
        Path stillThere = storage.resolve(cleaned.getStorageName());
        assertArrayEquals(served, Files.readAllBytes(stillThere));
    }
}

package org.rehabtrack.finding;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.AtOnce;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;

/**
 * A photo never outlives its finding: an upload racing the finding's deletion leaves both or
 * neither.
 */
@QuarkusTest
class PhotoOfDeletedFindingTest {

    @Inject EntityManager em;

    @Test
    void anUploadWhileTheFindingIsDeletedLeavesNoPhotoBehind() throws Exception {
        byte[] image = TestPhotos.image("jpg");
        for (int round = 0; round < 8; round++) {
            long finding = TestEvaluations.createFinding();
            List<Integer> answers =
                    AtOnce.run(
                            2,
                            i ->
                                    i == 0
                                            ? given().multiPart(
                                                            "file", "roof.jpg", image, "image/jpeg")
                                                    .post("/api/findings/{id}/photos", finding)
                                                    .then()
                                                    .extract()
                                                    .statusCode()
                                            : given().delete("/api/findings/{id}", finding)
                                                    .then()
                                                    .extract()
                                                    .statusCode());
            assertTrue(
                    answers.get(0) == 201 || answers.get(0) == 404, "upload answered " + answers);
            assertEquals(204, answers.get(1), "delete answered " + answers);
            given().get("/api/findings/{id}", finding).then().statusCode(404);
            long left =
                    QuarkusTransaction.requiringNew()
                            .call(
                                    () ->
                                            ((Number)
                                                            em.createNativeQuery(
                                                                            "select count(*) from photo where finding_id = :id")
                                                                    .setParameter("id", finding)
                                                                    .getSingleResult())
                                                    .longValue());
            assertEquals(
                    0, left, "photos left of deleted finding " + finding + " after " + answers);
        }
    }

    @Test
    void aPhotoForAFindingAlreadyDeletedIsRefused() {
        long finding = TestEvaluations.createFinding();
        given().delete("/api/findings/{id}", finding).then().statusCode(204);
        given().multiPart("file", "roof.jpg", TestPhotos.image("jpg"), "image/jpeg")
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(404);
    }
}

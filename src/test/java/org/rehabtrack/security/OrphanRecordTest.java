package org.rehabtrack.security;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;

/** A record whose center cannot be found is refused to everyone who sees only some centers. */
@QuarkusTest
class OrphanRecordTest {

    @Inject EntityManager em;

    @Test
    void aPhotoWhoseFindingIsGoneIsShownToNoDonorOrPartner() {
        long finding = TestEvaluations.createFinding();
        long photo =
                given().multiPart("file", "roof.jpg", TestPhotos.image("jpg"), "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        given().auth()
                .preemptive()
                .basic("donor", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/photos/{id}", photo)
                .then()
                .statusCode(404);

        // The state a lost race or an old bug could leave: the finding deleted, its photo still
        // there.
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                em.createNativeQuery(
                                                "update finding set deleted = true where id = :id")
                                        .setParameter("id", finding)
                                        .executeUpdate());

        for (String user : new String[] {"donor", "partner"}) {
            given().auth()
                    .preemptive()
                    .basic(user, SignedInAsManager.DEMO_PASSWORD)
                    .get("/api/photos/{id}", photo)
                    .then()
                    .statusCode(404);
        }
    }
}

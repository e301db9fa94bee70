package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestWorks;

/**
 * The offline forms' posts are safe to send again: each of the three forms posted twice with the
 * same key (the phone sending again a post whose answer it lost) saves once, and the second post
 * leads where the first did; another user's post with the same key is another post; a key the
 * service does not take is refused in the form.
 */
@QuarkusTest
class SentFormsTest {

    @Inject Csrf csrf;

    /** A browser session of an engineer of its own. */
    private FormSession engineer() {
        return FormSession.of(TestUsers.create("ENGINEER", null), TestUsers.PASSWORD, csrf);
    }

    /** Posts twice with one key: both lead to the same place; answers that place. */
    private static String twice(Function<String, String> post) {
        String key = UUID.randomUUID().toString();
        String first = post.apply(key);
        String second = post.apply(key);
        assertEquals(first, second, "the second post leads where the first did");
        return first;
    }

    @Test
    void aFindingWithItsPhotosIsSavedOnce() {
        String center = TestCenters.create();
        long evaluation = TestEvaluations.create(center, "INITIAL", Map.of());
        FormSession session = engineer();
        Function<String, String> post =
                key ->
                        session.request()
                                .multiPart(Csrf.FIELD, session.token())
                                .multiPart(SentForms.FIELD, key)
                                .multiPart("evaluation", String.valueOf(evaluation))
                                .multiPart("category", "ROOF")
                                .multiPart("severity", "HIGH")
                                .multiPart("title", "Goteras")
                                .multiPart("photo", "a.jpg", TestPhotos.image("jpg"), "image/jpeg")
                                .multiPart("photo", "b.png", TestPhotos.image("png"), "image/png")
                                .post("/centers/{code}/findings", center)
                                .then()
                                .statusCode(303)
                                .extract()
                                .header("Location");
        twice(post);
        List<Map<String, Object>> findings =
                given().get("/api/centers/{code}/findings", center).jsonPath().getList("$");
        assertEquals(1, findings.size());
        assertEquals(2, ((List<?>) findings.get(0).get("photos")).size());

        // another post, another key: saved
        post.apply(UUID.randomUUID().toString());
        assertEquals(
                2,
                given().get("/api/centers/{code}/findings", center).jsonPath().getList("$").size());
    }

    @Test
    void progressIsRecordedOnce() {
        String center = TestCenters.create();
        long workPackage = TestWorks.underWay(center, "WP-01", List.of());
        FormSession session = engineer();
        twice(
                key ->
                        session.request()
                                .multiPart(Csrf.FIELD, session.token())
                                .multiPart(SentForms.FIELD, key)
                                .multiPart("date", LocalDate.now().toString())
                                .multiPart("percentComplete", "35")
                                .multiPart(
                                        "photo", "obra.jpg", TestPhotos.image("jpg"), "image/jpeg")
                                .post(
                                        "/centers/{code}/work-packages/{id}/progress",
                                        center,
                                        workPackage)
                                .then()
                                .statusCode(303)
                                .extract()
                                .header("Location"));
        assertEquals(
                1,
                given().get("/api/work-packages/{id}/progress", workPackage)
                        .jsonPath()
                        .getList("$")
                        .size());
    }

    @Test
    void anEvaluationIsRecordedOnceAndAnotherUsersKeyIsAnotherPost() {
        String center = TestCenters.create();
        FormSession session = engineer();
        FormSession other = engineer();
        String key = UUID.randomUUID().toString();
        Function<FormSession, String> post =
                s ->
                        s.request()
                                .formParam(Csrf.FIELD, s.token())
                                .formParam(SentForms.FIELD, key)
                                .formParam("kind", "INITIAL")
                                .formParam("date", LocalDate.now().toString())
                                .formParam("leadEngineer", "Ing. Prueba")
                                .formParam("personsDesignCapacity", "40")
                                .post("/centers/{code}/evaluations/new", center)
                                .then()
                                .statusCode(303)
                                .extract()
                                .header("Location");
        String first = post.apply(session);
        assertEquals(first, post.apply(session));
        assertEquals(
                1,
                given().get("/api/centers/{code}/evaluations", center)
                        .jsonPath()
                        .getList("$")
                        .size());
        post.apply(other);
        assertEquals(
                2,
                given().get("/api/centers/{code}/evaluations", center)
                        .jsonPath()
                        .getList("$")
                        .size());
    }

    @Test
    void aKeyTheServiceDoesNotTakeIsRefusedInTheForm() {
        String center = TestCenters.create();
        long evaluation = TestEvaluations.create(center, "INITIAL", Map.of());
        FormSession session = engineer();
        session.request()
                .multiPart(Csrf.FIELD, session.token())
                .multiPart(SentForms.FIELD, "<script>")
                .multiPart("evaluation", String.valueOf(evaluation))
                .multiPart("category", "ROOF")
                .multiPart("severity", "HIGH")
                .multiPart("title", "Goteras")
                .post("/centers/{code}/findings", center)
                .then()
                .statusCode(422);
        assertEquals(
                0,
                given().get("/api/centers/{code}/findings", center).jsonPath().getList("$").size());
    }
}

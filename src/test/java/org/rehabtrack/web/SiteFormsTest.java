package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
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
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestWorks;

/**
 * The engineer's forms as a browser posts them: with the session cookie and its CSRF token,
 * multipart, each saved one answered by a redirect; refused input comes back in the form in the
 * answer to the post (422), and nothing is saved in part.
 */
@QuarkusTest
class SiteFormsTest {

    @Inject Csrf csrf;

    /** A center with an initial evaluation, ready for findings. */
    private static String centerWithEvaluation() {
        String center = TestCenters.create();
        TestEvaluations.create(center, "INITIAL", Map.of());
        return center;
    }

    private FormSession engineer() {
        return FormSession.of("engineer", SignedInAsManager.DEMO_PASSWORD, csrf);
    }

    /** Where a redirect leads, as a path with its query: without host and fragment. */
    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
    }

    private static long evaluationOf(String center) {
        return given().get("/api/centers/{code}/evaluations", center)
                .then()
                .extract()
                .jsonPath()
                .getLong("[0].id");
    }

    private static int findingsOf(String center) {
        return given().get("/api/centers/{code}/findings", center)
                .then()
                .extract()
                .jsonPath()
                .getList("")
                .size();
    }

    @Test
    void logsAFindingWithItsPhotosAndGoesBackToTheCenter() {
        String center = centerWithEvaluation();
        FormSession session = engineer();
        String location =
                session.request()
                        .multiPart(Csrf.FIELD, session.token())
                        .multiPart("evaluation", String.valueOf(evaluationOf(center)))
                        .multiPart("category", "ROOF")
                        .multiPart("severity", "HIGH")
                        .multiPart("title", "Goteras en el dormitorio 2")
                        .multiPart("location", "Bloque A")
                        .multiPart("description", "Manchas de humedad en el cielo falso")
                        .multiPart("caption", "Vista desde la puerta")
                        .multiPart("photo", "IMG_1.jpg", TestPhotos.image("jpg"), "image/jpeg")
                        .multiPart("photo", "IMG_2.png", TestPhotos.image("png"), "image/png")
                        .post("/centers/{code}/findings", center)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(
                location.contains("/centers/" + center + "?finding=")
                        && location.contains("outcome=logged"),
                location);

        given().get("/api/centers/{code}/findings", center)
                .then()
                .body("", hasSize(1))
                .body("[0].title", equalTo("Goteras en el dormitorio 2"))
                .body("[0].severity", equalTo("HIGH"))
                .body("[0].photos", hasSize(2))
                .body("[0].photos[0].caption", equalTo("Vista desde la puerta"));
        session.request()
                .get(path(location))
                .then()
                .statusCode(200)
                .body(containsString("Finding saved."))
                .body(containsString("Goteras en el dormitorio 2"));
    }

    @Test
    void aRefusedFindingComesBackWithEachErrorByItsFieldAndWhatWasTyped() {
        String center = centerWithEvaluation();
        FormSession session = engineer();
        String description = "Línea 1\nLínea 2 <b>no es HTML</b> " + "x".repeat(3000);
        String form =
                session.request()
                        .multiPart(Csrf.FIELD, session.token())
                        .multiPart("evaluation", String.valueOf(evaluationOf(center)))
                        .multiPart("category", "NOT_A_CATEGORY")
                        .multiPart("severity", "HIGH")
                        .multiPart("title", "   ")
                        .multiPart(
                                new MultiPartSpecBuilder(description)
                                        .controlName("description")
                                        .charset(StandardCharsets.UTF_8)
                                        .build())
                        .multiPart("photo", "IMG_1.jpg", TestPhotos.image("jpg"), "image/jpeg")
                        .post("/centers/{code}/findings", center)
                        .then()
                        .statusCode(422)
                        .header("Location", nullValue())
                        .extract()
                        .asString();
        assertEquals(0, findingsOf(center), "nothing saved");

        // The form comes back in the answer to the post itself.
        assertTrue(form.contains("id=\"category-error\""), "the category's error by its field");
        assertTrue(form.contains("id=\"title-error\""), "the title's error by its field");
        assertTrue(form.contains("Choose the photos again"), "the photo must be chosen again");
        assertTrue(
                form.contains("Línea 2 &lt;b&gt;no es HTML&lt;/b&gt;"),
                "the description as typed, escaped");
        assertTrue(form.contains("value=\"HIGH\" checked"), "the severity as chosen");

        // Nothing typed is kept anywhere: the form afresh is empty, for the engineer and for
        // others.
        session.request()
                .get("/centers/{code}/findings/new", center)
                .then()
                .statusCode(200)
                .body(not(containsString("no es HTML")));
        String manager = TestSessions.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
        given().auth()
                .none()
                .cookie(SessionAuthenticationMechanism.COOKIE, manager)
                .get("/centers/{code}/findings/new", center)
                .then()
                .statusCode(200)
                .body(not(containsString("no es HTML")));
    }

    /** Files in the photo folder of the tests (rehabtrack.data-dir under target/). */
    private static long photoFiles() throws java.io.IOException {
        Path folder = Path.of("target", "test-data", "photos");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void aFileThatIsNotAnImageRefusesTheWholeFinding() throws Exception {
        String center = centerWithEvaluation();
        FormSession session = engineer();
        long photosBefore = photoFiles();
        session.request()
                .multiPart(Csrf.FIELD, session.token())
                .multiPart("evaluation", String.valueOf(evaluationOf(center)))
                .multiPart("category", "ROOF")
                .multiPart("severity", "LOW")
                .multiPart("title", "Canal roto")
                .multiPart("photo", "IMG_1.jpg", TestPhotos.image("jpg"), "image/jpeg")
                .multiPart(
                        "photo",
                        "notes.jpg",
                        "not a photo".getBytes(StandardCharsets.UTF_8),
                        "image/jpeg")
                .post("/centers/{code}/findings", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"photo-error\""))
                .body(containsString("value=\"Canal roto\""));
        assertEquals(0, findingsOf(center), "neither the finding nor its first photo was kept");
        assertEquals(
                photosBefore, photoFiles(), "the first photo's file was removed with the rollback");
    }

    @Test
    void withoutTheSessionsTokenNothingIsSaved() {
        String center = centerWithEvaluation();
        FormSession session = engineer();
        session.request()
                .multiPart(Csrf.FIELD, "forged")
                .multiPart("evaluation", String.valueOf(evaluationOf(center)))
                .multiPart("category", "ROOF")
                .multiPart("severity", "LOW")
                .multiPart("title", "Canal roto")
                .post("/centers/{code}/findings", center)
                .then()
                .statusCode(422)
                .body(containsString("The form had expired"))
                .body(containsString("value=\"Canal roto\""));
        assertEquals(0, findingsOf(center));
    }

    @Test
    void donorsAndPartnersGetNoFormsAndTheServerRefusesThem() {
        String center = centerWithEvaluation();
        String donor = TestUsers.donorFunding(center).username();
        for (String user : List.of(donor, TestUsers.partnerOf(center).username())) {
            TestUsers.page(user).get("/centers/{code}/findings/new", center).then().statusCode(403);
            TestUsers.page(user)
                    .multiPart("title", "x")
                    .post("/centers/{code}/findings", center)
                    .then()
                    .statusCode(403);
        }
        TestUsers.page(donor)
                .get("/centers/{code}", center)
                .then()
                .statusCode(200)
                .body(not(containsString("/findings/new")))
                .body(not(containsString("/progress\"")));
        assertEquals(0, findingsOf(center));
    }

    @Test
    void recordsProgressWithAPhotoAndRefusesADropWithoutAReason() {
        String center = TestCenters.create();
        long workPackage = TestWorks.underWay(center, "WP-01", List.of());
        FormSession session = engineer();
        TestSessions.page("manager")
                .get("/centers/{code}", center)
                .then()
                .body(
                        containsString(
                                "/centers/"
                                        + center
                                        + "/work-packages/"
                                        + workPackage
                                        + "/progress"));

        String saved =
                session.request()
                        .multiPart(Csrf.FIELD, session.token())
                        .multiPart("date", java.time.LocalDate.now().toString())
                        .multiPart("percentComplete", "40,5")
                        .multiPart("note", "Losa colada")
                        .multiPart("photo", "obra.jpg", TestPhotos.image("jpg"), "image/jpeg")
                        .post("/centers/{code}/work-packages/{id}/progress", center, workPackage)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(
                saved.contains("package=" + workPackage) && saved.contains("outcome=progress"),
                saved);
        given().get("/api/work-packages/{id}/progress", workPackage)
                .then()
                .body("", hasSize(1))
                .body("[0].percentComplete", equalTo(40.5f))
                .body("[0].photos", hasSize(1));

        session.request()
                .multiPart(Csrf.FIELD, session.token())
                .multiPart("date", java.time.LocalDate.now().toString())
                .multiPart("percentComplete", "30")
                .post("/centers/{code}/work-packages/{id}/progress", center, workPackage)
                .then()
                .statusCode(422)
                .header("Location", nullValue())
                .body(containsString("id=\"percentComplete-error\""))
                .body(containsString("correction reason"))
                .body(containsString("value=\"30\""))
                .body(containsString("Losa colada"));
        given().get("/api/work-packages/{id}/progress", workPackage).then().body("", hasSize(1));

        session.request()
                .multiPart(Csrf.FIELD, session.token())
                .multiPart("date", "2026-02-30")
                .multiPart("percentComplete", "cuarenta")
                .post("/centers/{code}/work-packages/{id}/progress", center, workPackage)
                .then()
                .statusCode(422)
                .body(containsString("id=\"date-error\""))
                .body(containsString("id=\"percentComplete-error\""))
                .body(containsString("value=\"cuarenta\""));
    }

    @Test
    void verifiesAResolvedFindingOnceAndSaysSoWhenItIsStale() {
        long finding = TestEvaluations.createFinding();
        String center = given().get("/api/findings/{id}", finding).then().extract().path("center");
        TestWorks.completed(center, "WP-01", List.of(finding));
        long version =
                given().get("/api/findings/{id}", finding)
                        .then()
                        .body("status", equalTo("RESOLVED"))
                        .extract()
                        .jsonPath()
                        .getLong("version");
        FormSession session = engineer();
        session.request()
                .get("/centers/{code}", center)
                .then()
                .body(containsString("/findings/" + finding + "/verify"));

        String verified =
                session.request()
                        .contentType("application/x-www-form-urlencoded")
                        .formParam(Csrf.FIELD, session.token())
                        .formParam("version", version)
                        .post("/centers/{code}/findings/{id}/verify", center, finding)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(verified.contains("outcome=verified"), verified);
        given().get("/api/findings/{id}", finding).then().body("status", equalTo("VERIFIED"));

        // Stale: the center page at once (422), the finding saying someone changed it.
        session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam(Csrf.FIELD, session.token())
                .formParam("version", version)
                .post("/centers/{code}/findings/{id}/verify", center, finding)
                .then()
                .statusCode(422)
                .header("Location", nullValue())
                .body(containsString("Someone else changed this finding meanwhile"));
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
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
 * A finding's own page and its forms as a browser posts them: a manager plans it into a works
 * package; it is reopened and deferred only with a reason; an engineer adds photos to it; what is
 * refused comes back in the page (422) and saves nothing; others only read.
 */
@QuarkusTest
class FindingPageTest {

    @Inject Csrf csrf;

    private RequestSpecification form(String user) {
        return TestSessions.form(user, csrf);
    }

    private static long version(long finding) {
        return given().get("/api/findings/{id}", finding)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
    }

    private record Site(String center, long finding) {}

    private static Site withAFinding() {
        String center = TestCenters.create();
        long evaluation =
                TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 50));
        return new Site(
                center, TestEvaluations.finding(evaluation, "HIGH", "Goteras en el dormitorio 2"));
    }

    @Test
    void aManagerPlansAFindingIntoAPackageAndItMovesBackOnlyWithAReason() {
        Site site = withAFinding();
        long id = site.finding();
        long workPackage = TestWorks.planned(site.center(), "WP-01", List.of());
        TestSessions.page("manager")
                .queryParam("lang", "es")
                .get("/centers/{code}/findings/{id}", site.center(), id)
                .then()
                .statusCode(200)
                .body(containsString("Goteras en el dormitorio 2"))
                .body(containsString("Planificarlo en un paquete de obra"));

        form("manager")
                .formParam("workPackage", "otro")
                .post("/centers/{code}/findings/{id}/plan", site.center(), id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"workPackage-error\""));
        form("manager")
                .formParam("workPackage", workPackage)
                .post("/centers/{code}/findings/{id}/plan", site.center(), id)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=planned"));
        given().get("/api/findings/{id}", id)
                .then()
                .body("status", equalTo("PLANNED"))
                .body("workPackage", equalTo((int) workPackage));

        form("manager")
                .queryParam("lang", "en")
                .formParam("version", version(id))
                .formParam("status", "OPEN")
                .formParam("reason", " ")
                .post("/centers/{code}/findings/{id}/status", site.center(), id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"reason-error\""));
        given().get("/api/findings/{id}", id).then().body("status", equalTo("PLANNED"));
        long before = version(id);
        form("manager")
                .formParam("version", before)
                .formParam("status", "OPEN")
                .formParam("reason", "El paquete no cubre el dormitorio 2")
                .post("/centers/{code}/findings/{id}/status", site.center(), id)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=moved"));
        form("manager")
                .queryParam("lang", "en")
                .formParam("version", before)
                .formParam("status", "DEFERRED")
                .formParam("reason", "Sin fondos este año")
                .post("/centers/{code}/findings/{id}/status", site.center(), id)
                .then()
                .statusCode(422)
                .body(containsString("Someone else changed this finding meanwhile"));
        TestSessions.page("manager")
                .queryParam("lang", "es")
                .get("/centers/{code}/findings/{id}", site.center(), id)
                .then()
                .body(containsString("El paquete no cubre el dormitorio 2"))
                .body(containsString("Planificado → Abierto"));
    }

    @Test
    void anEngineerAddsPhotosButNeitherPlansNorSeesOtherCentersFindings() {
        Site site = withAFinding();
        long id = site.finding();
        String cookie = TestSessions.signIn("engineer", SignedInAsManager.DEMO_PASSWORD);
        RequestSpecification upload =
                given().auth()
                        .none()
                        .redirects()
                        .follow(false)
                        .cookie(SessionAuthenticationMechanism.COOKIE, cookie)
                        .multiPart(Csrf.FIELD, csrf.tokenOf(cookie));
        upload.multiPart("caption", "Cielo falso")
                .post("/centers/{code}/findings/{id}/photos", site.center(), id)
                .then()
                .statusCode(422)
                .contentType(ContentType.HTML)
                .body(containsString("id=\"photo-error\""));
        given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, cookie)
                .multiPart(Csrf.FIELD, csrf.tokenOf(cookie))
                .multiPart("caption", "Cielo falso")
                .multiPart("photo", "IMG_1.jpg", TestPhotos.image("jpg"), "image/jpeg")
                .post("/centers/{code}/findings/{id}/photos", site.center(), id)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=photos"));
        given().get("/api/findings/{id}", id)
                .then()
                .body("photos", hasSize(1))
                .body("photos[0].caption", equalTo("Cielo falso"));

        form("engineer")
                .formParam("workPackage", TestWorks.planned(site.center(), "WP-01", List.of()))
                .post("/centers/{code}/findings/{id}/plan", site.center(), id)
                .then()
                .statusCode(403);
        TestSessions.page("engineer")
                .get("/centers/{code}/findings/{id}", site.center(), id)
                .then()
                .body(containsString("/photos\""))
                .body(not(containsString("/plan\"")));
        TestSessions.page("manager")
                .accept("text/html")
                .get("/centers/{code}/findings/{id}", TestCenters.create(), id)
                .then()
                .statusCode(404);
        TestUsers.page(TestUsers.donorFunding(site.center()).username())
                .get("/centers/{code}/findings/{id}", site.center(), id)
                .then()
                .statusCode(200)
                .body(containsString("Goteras en el dormitorio 2"))
                .body(not(containsString("/status\"")))
                .body(not(containsString("/photos\"")));
    }
}

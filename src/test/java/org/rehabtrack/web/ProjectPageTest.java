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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestProjects;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;

/**
 * A center's preliminary project page and its forms as a browser posts them: a manager uploads the
 * bill of quantities (every wrong cell listed, nothing stored), writes the scope and contingency,
 * submits the draft, records its approval and starts a new version; what is refused comes back in
 * the page (422) and saves nothing; others only read.
 */
@QuarkusTest
class ProjectPageTest {

    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Object[][] LINES = {
        {"01", "Preliminares", "1.1", "Limpieza del terreno", "m²", 250, 35.50, "HNL"},
        {"04", "Techo", "4.1", "Cubierta de lámina", "m²", 420, 1185.75, "HNL"},
    };

    @Inject Csrf csrf;

    private RequestSpecification form(String user) {
        return TestSessions.form(user, csrf);
    }

    /** A multipart post of the page's upload form, as a browser sends it. */
    private RequestSpecification upload(String lang) {
        String cookie = TestSessions.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .cookie(SessionAuthenticationMechanism.COOKIE, cookie)
                .queryParam("lang", lang)
                .multiPart(Csrf.FIELD, csrf.tokenOf(cookie));
    }

    private static long projectVersion(String center) {
        return given().get("/api/centers/{code}/preliminary-project", center)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
    }

    @Test
    void aManagerUploadsTheBillOfQuantitiesAndSeesEveryWrongCellFirst() throws Exception {
        String center = TestCenters.create();
        TestSessions.page("manager")
                .queryParam("lang", "es")
                .get("/centers/{code}/project", center)
                .then()
                .statusCode(200)
                .body(containsString("Aún no hay anteproyecto"))
                .body(containsString("Subir el presupuesto de obra"));

        Object[][] wrong = {
            {"01", "Preliminares", "1.1", "Limpieza del terreno", "m²", "diez", 35.50, "HNL"},
            {"04", "Techo", "4.1", "Cubierta de lámina", "m²", 420, -5, "HNL"},
        };
        upload("es")
                .multiPart("file", "presupuesto.xlsx", TestProjects.boqWorkbook(wrong), XLSX)
                .post("/centers/{code}/project/boq", center)
                .then()
                .statusCode(422)
                .contentType(ContentType.HTML)
                .body(containsString("El libro no se guardó"))
                .body(
                        containsString(
                                "<li>Fila 2, columna F (cantidad): debe ser un número, no"
                                        + " &quot;diez&quot;.</li>"))
                .body(containsString("<li>Fila 3, columna G (precio unitario): no puede ser"));
        upload("en")
                .multiPart("other", "nothing")
                .post("/centers/{code}/project/boq", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"file-error\">Choose the workbook to upload."));
        given().get("/api/centers/{code}/preliminary-project/versions", center)
                .then()
                .body("$", hasSize(0));

        upload("es")
                .multiPart("file", "presupuesto.xlsx", TestProjects.boqWorkbook(LINES), XLSX)
                .post("/centers/{code}/project/boq", center)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=uploaded"));
        given().get("/api/centers/{code}/preliminary-project", center)
                .then()
                .body("versionNumber", equalTo(1))
                .body("chapters", hasSize(2))
                .body("total[0].amount", equalTo("506890.00"));
        TestSessions.page("manager")
                .queryParam("lang", "es")
                .get("/centers/{code}/project", center)
                .then()
                .body(containsString("Cubierta de lámina"))
                .body(containsString("498,015.00"))
                .body(containsString("506,890.00"));
    }

    @Test
    void theDraftIsDescribedSubmittedApprovedAndANewVersionStarted() {
        String center = TestCenters.create();
        TestProjects.draft(center, TestProjects.roofChapters());
        long version = projectVersion(center);
        form("manager")
                .queryParam("lang", "es")
                .formParam("version", version)
                .formParam("scope", "Techo y servicios sanitarios")
                .formParam("contingencyPercent", "ciento")
                .post("/centers/{code}/project/details", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"contingencyPercent-error\""))
                .body(containsString("Techo y servicios sanitarios</textarea>"));
        form("manager")
                .formParam("version", version)
                .formParam("scope", "Techo y servicios sanitarios")
                .formParam("termsOfReference", "TdR-2027-04")
                .formParam("contingencyPercent", "10,5")
                .post("/centers/{code}/project/details", center)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=saved"));
        given().get("/api/centers/{code}/preliminary-project", center)
                .then()
                .body("scope", equalTo("Techo y servicios sanitarios"))
                .body("contingencyPercent", equalTo(10.5f))
                .body("chapters", hasSize(3));
        form("manager")
                .queryParam("lang", "en")
                .formParam("version", version)
                .formParam("scope", "Otro alcance")
                .formParam("contingencyPercent", "8")
                .post("/centers/{code}/project/details", center)
                .then()
                .statusCode(422)
                .body(containsString("Someone else changed this project meanwhile"))
                .body(containsString("Techo y servicios sanitarios</textarea>"));

        form("manager")
                .formParam("version", projectVersion(center))
                .formParam("status", "SUBMITTED")
                .formParam("date", LocalDate.now().toString())
                .post("/centers/{code}/project/decision", center)
                .then()
                .statusCode(303);
        form("manager")
                .queryParam("lang", "es")
                .formParam("version", projectVersion(center))
                .formParam("status", "APPROVED")
                .formParam("date", LocalDate.now().toString())
                .post("/centers/{code}/project/decision", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"institution-error\""));
        String institution = TestPartners.institution();
        form("manager")
                .formParam("version", projectVersion(center))
                .formParam("status", "APPROVED")
                .formParam("date", LocalDate.now().toString())
                .formParam("institution", institution)
                .formParam("person", "Ing. Marta Reyes")
                .post("/centers/{code}/project/decision", center)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=decided"));
        given().get("/api/centers/{code}/milestones", center)
                .then()
                .body(
                        "find { it.kind == 'PRELIMINARY_PROJECT_APPROVED' }.actualDate",
                        equalTo(LocalDate.now().toString()));
        TestSessions.page("manager")
                .queryParam("lang", "es")
                .get("/centers/{code}/project", center)
                .then()
                .body(containsString("Ing. Marta Reyes"))
                .body(containsString("Iniciar una nueva versión"))
                .body(not(containsString("id=\"details-heading\"")));

        form("manager")
                .post("/centers/{code}/project/versions", center)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=version"));
        given().get("/api/centers/{code}/preliminary-project", center)
                .then()
                .body("versionNumber", equalTo(2))
                .body("status", equalTo("DRAFT"));
        TestSessions.page("engineer")
                .queryParam("lang", "en")
                .queryParam("version", 1)
                .get("/centers/{code}/project", center)
                .then()
                .statusCode(200)
                .body(containsString("This is an earlier version"))
                .body(containsString("Ing. Marta Reyes"));
    }

    @Test
    void othersReadTheProjectWithoutItsForms() {
        String center = TestCenters.create();
        TestProjects.draft(center, TestProjects.roofChapters());
        TestSessions.page("engineer")
                .get("/centers/{code}/project", center)
                .then()
                .statusCode(200)
                .body(containsString("Techos"))
                .body(not(containsString("action=\"/centers/" + center + "/project/")));
        form("engineer")
                .formParam("version", projectVersion(center))
                .formParam("status", "SUBMITTED")
                .formParam("date", LocalDate.now().toString())
                .post("/centers/{code}/project/decision", center)
                .then()
                .statusCode(403);
        given().get("/api/centers/{code}/preliminary-project", center)
                .then()
                .body("status", equalTo("DRAFT"));
        String elsewhere = TestCenters.create();
        TestUsers.page(TestUsers.partnerOf(elsewhere).username())
                .accept("text/html")
                .get("/centers/{code}/project", center)
                .then()
                .statusCode(404);
    }
}

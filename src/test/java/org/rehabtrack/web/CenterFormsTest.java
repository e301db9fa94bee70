package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestMilestones;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestSessions;

/**
 * The manager's center forms as a browser posts them: registering a center, changing its details
 * and moving its phase. A saved form redirects to the center's page, which says what was saved;
 * refused input comes back in the form (422) in the page's language, as typed, and saves nothing.
 */
@QuarkusTest
class CenterFormsTest {

    @Inject Csrf csrf;

    private record Session(String cookie, String token) {

        RequestSpecification form(String lang) {
            return given().auth()
                    .none()
                    .redirects()
                    .follow(false)
                    .cookie(SessionAuthenticationMechanism.COOKIE, cookie)
                    .queryParam("lang", lang)
                    .contentType(ContentType.URLENC)
                    .formParam(Csrf.FIELD, token);
        }
    }

    private Session signIn(String user) {
        String cookie = TestSessions.signIn(user, SignedInAsManager.DEMO_PASSWORD);
        return new Session(cookie, csrf.tokenOf(cookie));
    }

    private static String freshCode() {
        return "FORM-" + System.nanoTime() % 1_000_000;
    }

    private static Map<String, String> newCenter(String code) {
        Map<String, String> fields = new HashMap<>();
        fields.put("code", code);
        fields.put("name", "Centro de Atención al Migrante Retornado Choloma");
        fields.put("type", "CAMR");
        fields.put("department", "Cortés");
        fields.put("municipality", "Choloma");
        fields.put("latitude", "15,6144");
        fields.put("longitude", "-87.9530");
        fields.put("populationServed", "adultos y familias retornados");
        fields.put("capacity", "150");
        fields.put("administeringInstitution", TestPartners.institution());
        fields.put("phase", "EVALUATION");
        fields.put("phaseSince", LocalDate.now().toString());
        return fields;
    }

    @Test
    void aManagerRegistersACenterAndItsPageSaysSo() {
        Session manager = signIn("manager");
        String code = freshCode();
        String location =
                manager.form("es")
                        .formParams(newCenter(code))
                        .post("/centers/new")
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(location.endsWith("/centers/" + code + "?outcome=created"), location);

        given().get("/api/centers/{code}", code)
                .then()
                .body("name", equalTo("Centro de Atención al Migrante Retornado Choloma"))
                .body("latitude", equalTo(15.6144f))
                .body("capacity", equalTo(150))
                .body("phase", equalTo("EVALUATION"));
        TestSessions.page("manager")
                .queryParam("lang", "es")
                .get(location.replaceFirst("^https?://[^/]+", ""))
                .then()
                .statusCode(200)
                .body(
                        allOf(
                                containsString("Centro creado, con sus hitos estándar"),
                                containsString("Centro de atención al migrante retornado (CAMR)"),
                                containsString("href=\"/centers/" + code + "/edit\""),
                                containsString("href=\"/centers/" + code + "/phase\"")));
    }

    @Test
    void refusedDetailsComeBackAsTypedWithTheirErrorsAndSaveNothing() {
        Session manager = signIn("manager");
        Map<String, String> fields = newCenter("camr choloma");
        fields.put("name", " ");
        fields.put("latitude", "95");
        fields.put("capacity", "12.5");
        String page =
                manager.form("en")
                        .formParams(fields)
                        .post("/centers/new")
                        .then()
                        .statusCode(422)
                        .contentType(ContentType.HTML)
                        .extract()
                        .asString();
        assertTrue(page.contains("id=\"code-error\""), page);
        assertTrue(page.contains("Not in the expected form"), page);
        assertTrue(page.contains("id=\"name-error\""), page);
        assertTrue(page.contains("At most 90."), page);
        assertTrue(page.contains("Write a whole number."), page);
        assertTrue(page.contains("value=\"camr choloma\""), "the code as typed");
        assertTrue(page.contains("value=\"Choloma\""), "the municipality as typed");
        given().get("/api/centers/{code}", "camr choloma").then().statusCode(404);
    }

    @Test
    void aCodeAlreadyTakenIsSaidNextToTheCode() {
        String taken = TestCenters.create();
        String page =
                signIn("manager")
                        .form("es")
                        .formParams(newCenter(taken))
                        .post("/centers/new")
                        .then()
                        .statusCode(422)
                        .extract()
                        .asString();
        assertTrue(
                page.contains(
                        "<p class=\"error field-error\" id=\"code-error\">Ya existe un centro con el código "
                                + taken),
                page);
        given().get("/api/centers/{code}", taken).then().body("name", equalTo("Centro de prueba"));
    }

    @Test
    void aManagerEditsTheDetailsAndSavingNothingNewSaysSo() {
        String code = TestCenters.create();
        Session manager = signIn("manager");
        String form =
                TestSessions.page("manager")
                        .get("/centers/{code}/edit", code)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(form.contains("value=\"Puerto Cortés\""), form);

        Map<String, String> fields = details(code);
        fields.put("municipality", "Omoa");
        fields.put("capacity", "");
        String location = post(manager, code, fields, 303).header("Location");
        assertTrue(location.endsWith("/centers/" + code + "?outcome=edited"), location);
        given().get("/api/centers/{code}", code)
                .then()
                .body("municipality", equalTo("Omoa"))
                .body("capacity", nullValue());

        location = post(manager, code, details(code), 303).header("Location");
        assertTrue(location.endsWith("?outcome=unchanged"), location);
    }

    @Test
    void anEditOverSomeoneElsesChangeShowsTheirValuesAndKeepsThem() {
        String code = TestCenters.create();
        Session manager = signIn("manager");
        Map<String, String> mine = details(code);
        mine.put("municipality", "Omoa");
        given().contentType(ContentType.JSON)
                .body(Map.of("municipality", "Choloma", "version", version(code)))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200);

        String page = post(manager, code, mine, 422).asString();
        assertTrue(page.contains("Someone else changed this center meanwhile"), page);
        assertTrue(page.contains("value=\"Choloma\""), page);
        given().get("/api/centers/{code}", code).then().body("municipality", equalTo("Choloma"));
    }

    @Test
    void onlyAManagerMayRegisterOrChangeACenter() {
        String code = TestCenters.create();
        TestSessions.page("engineer")
                .accept("text/html")
                .get("/centers/new")
                .then()
                .statusCode(403)
                .contentType(ContentType.HTML);
        Session engineer = signIn("engineer");
        engineer.form("en")
                .formParams(newCenter(freshCode()))
                .post("/centers/new")
                .then()
                .statusCode(403);
        engineer.form("en")
                .formParam("version", version(code))
                .formParam("phase", "WORKS")
                .formParam("date", LocalDate.now().toString())
                .post("/centers/{code}/phase", code)
                .then()
                .statusCode(403);
        TestSessions.page("engineer")
                .get("/centers/{code}", code)
                .then()
                .body(not(containsString("/centers/" + code + "/edit")))
                .body(not(containsString("/centers/" + code + "/phase")));
        TestSessions.page("engineer")
                .get("/")
                .then()
                .body(not(containsString("href=\"/centers/new\"")));
        given().get("/api/centers/{code}", code).then().body("phase", equalTo("EVALUATION"));
    }

    @Test
    void aGateNotReachedIsSaidInThePagesLanguageAndTheCenterStays() {
        String code = TestCenters.create();
        String page =
                TestSessions.page("manager")
                        .queryParam("lang", "es")
                        .get("/centers/{code}/phase", code)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(page.contains("Evaluación completada, aún no alcanzado"), page);
        assertTrue(page.contains("<option value=\"PARTNERSHIP\" selected>Alianza"), page);

        String refused =
                signIn("manager")
                        .form("es")
                        .formParam("version", version(code))
                        .formParam("phase", "PARTNERSHIP")
                        .formParam("date", LocalDate.now().toString())
                        .post("/centers/{code}/phase", code)
                        .then()
                        .statusCode(422)
                        .extract()
                        .asString();
        assertTrue(
                refused.contains(
                        "no puede salir de la fase Evaluación: su hito de cierre Evaluación"
                                + " completada aún no tiene fecha real"),
                refused);
        given().get("/api/centers/{code}", code).then().body("phase", equalTo("EVALUATION"));
    }

    @Test
    void aReachedGateLetsTheCenterMoveOnAndBackOnlyWithAReason() {
        String code = TestCenters.create();
        String today = LocalDate.now().toString();
        TestMilestones.date(code, "EVALUATION_COMPLETED", null, null, today);
        Session manager = signIn("manager");
        String location =
                manager.form("en")
                        .formParam("version", version(code))
                        .formParam("phase", "PARTNERSHIP")
                        .formParam("date", today)
                        .post("/centers/{code}/phase", code)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(location.contains("/centers/" + code + "?outcome=phase"), location);
        given().get("/api/centers/{code}", code).then().body("phase", equalTo("PARTNERSHIP"));

        String refused =
                manager.form("en")
                        .formParam("version", version(code))
                        .formParam("phase", "EVALUATION")
                        .formParam("date", today)
                        .formParam("reason", "  ")
                        .post("/centers/{code}/phase", code)
                        .then()
                        .statusCode(422)
                        .extract()
                        .asString();
        assertTrue(
                refused.contains(
                        "id=\"reason-error\">Moving back from Partnership to Evaluation needs a"
                                + " reason."),
                refused);

        manager.form("en")
                .formParam("version", version(code))
                .formParam("phase", "EVALUATION")
                .formParam("date", today)
                .formParam("reason", "The partner asked for a second structural survey")
                .post("/centers/{code}/phase", code)
                .then()
                .statusCode(303);
        given().get("/api/centers/{code}/phase-changes", code)
                .then()
                .body("[2].toPhase", equalTo("EVALUATION"))
                .body("[2].reason", equalTo("The partner asked for a second structural survey"));
        TestSessions.page("manager")
                .get("/centers/{code}/phase", code)
                .then()
                .body(containsString("The partner asked for a second structural survey"));
    }

    private static long version(String code) {
        return given().get("/api/centers/{code}", code)
                .then()
                .extract()
                .jsonPath()
                .getLong("version");
    }

    /** The edit form's fields as the page fills them in for the center now. */
    private static Map<String, String> details(String code) {
        var center = given().get("/api/centers/{code}", code).then().extract().jsonPath();
        Map<String, String> fields = new HashMap<>();
        fields.put("version", center.getString("version"));
        fields.put("name", center.getString("name"));
        fields.put("type", center.getString("type"));
        fields.put("department", center.getString("department"));
        fields.put("municipality", center.getString("municipality"));
        fields.put("latitude", "");
        fields.put("longitude", "");
        fields.put("populationServed", "");
        fields.put("capacity", java.util.Objects.toString(center.get("capacity"), ""));
        fields.put("administeringInstitution", center.getString("administeringInstitution"));
        return fields;
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response>
            post(Session session, String code, Map<String, String> fields, int status) {
        return session.form("en")
                .formParams(fields)
                .post("/centers/{code}/edit", code)
                .then()
                .statusCode(status)
                .extract();
    }
}

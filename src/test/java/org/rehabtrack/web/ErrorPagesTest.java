package org.rehabtrack.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestUsers;

/**
 * A browser asking for a page that fails gets an HTML page in the page's language, with the site's
 * header, the status and a way back; never JSON. The API, and clients that do not ask for HTML,
 * keep problem+json.
 */
@QuarkusTest
class ErrorPagesTest {

    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static RequestSpecification browser(String username) {
        return TestUsers.page(username).redirects().follow(false).accept(BROWSER_ACCEPT);
    }

    @Test
    void aPathNoPageMatchesIsAPageInTheBrowsersLanguage() {
        browser(TestUsers.create("MANAGER", null))
                .header("Accept-Language", "es-HN,es;q=0.9")
                .get("/nowhere-at-all")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"es\""))
                .body(containsString("<header class=\"site\""))
                .body(containsString("Error 404"))
                .body(containsString("No encontrado"))
                .body(containsString("<a href=\"/\">Volver al tablero</a>"))
                // Who is signed in is not known there: neither "sign in" nor "sign out".
                .body(not(containsString("/login")));
    }

    @Test
    void anUnknownCenterIsAPageInTheLanguageChosen() {
        browser(TestUsers.create("MANAGER", null))
                .header("Accept-Language", "es")
                .queryParam("lang", "en")
                .get("/centers/NO-SUCH-CENTER")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<html lang=\"en\""))
                .body(containsString("Not found"))
                .body(containsString("Back to the dashboard"))
                .body(containsString("Sign out"))
                .body(not(containsString("\"type\":")));
    }

    @Test
    void aRoleNotAllowedIsAForbiddenPageWithAWayBack() {
        String center = TestCenters.create();
        String donor = TestUsers.donorFunding(center).username();
        browser(donor)
                .header("Accept-Language", "en")
                .header("Referer", "http://localhost:" + RestAssured.port + "/centers/" + center)
                .get("/centers/" + center + "/findings/new")
                .then()
                .statusCode(403)
                .contentType(startsWith("text/html"))
                .body(containsString("Error 403"))
                .body(containsString("Not allowed"))
                .body(
                        containsString(
                                "<a href=\"/centers/"
                                        + center
                                        + "\">Back to the previous page</a>"));
    }

    @Test
    void aFormSentAsAnotherMediaTypeIsAPageAndNamesNoJson() {
        String center = TestCenters.create();
        browser(TestUsers.create("MANAGER", null))
                .header("Accept-Language", "es")
                .contentType("application/xml")
                .body("<finding/>")
                .post("/centers/" + center + "/findings")
                .then()
                .statusCode(415)
                .contentType(startsWith("text/html"))
                .body(containsString("Error 415"))
                .body(containsString("no acepta un cuerpo de ese tipo"))
                .body(not(containsString("application/json")));
    }

    /**
     * A form larger than the service takes is refused before it is read, with a page in the page's
     * language that says what to do and leads back to the form; nothing of it is saved.
     */
    @Test
    void aFormTooLargeIsAPageWithAWayBackAndSavesNothing() {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "HANDOVER");
        String manager = TestUsers.create("MANAGER", null);
        String tooLarge =
                browser(manager)
                        .header("Accept-Language", "es")
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("forecastDate", "2027-01-01")
                        .formParam("version", 0)
                        .formParam("padding", "x".repeat(1_100_000))
                        .post("/centers/{code}/milestones/{id}", center, milestone)
                        .then()
                        .statusCode(303)
                        .header("Connection", "close")
                        .extract()
                        .header("Location");
        // The browser follows, still saying which page held the form.
        browser(manager)
                .header("Accept-Language", "es")
                .header("Referer", "http://localhost:" + RestAssured.port + "/centers/" + center)
                .get(tooLarge)
                .then()
                .statusCode(413)
                .contentType(startsWith("text/html"))
                .body(containsString("Error 413"))
                .body(containsString("Demasiado grande"))
                .body(containsString("supera los 1 MB aceptados"))
                .body(containsString("<a href=\"/centers/" + center + "\">"));
        TestUsers.api(manager)
                .get("/api/milestones/{id}", milestone)
                .then()
                .body("forecastDate", org.hamcrest.Matchers.nullValue());
        // The API keeps its problem+json for the same refusal.
        TestUsers.api(manager)
                .contentType("application/json")
                .body("{\"padding\":\"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/centers")
                .then()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aConflictIsAPageThatSaysWhatIsInTheWay() {
        browser(TestUsers.create("MANAGER", null))
                .queryParam("lang", "es")
                .get("/failing-page/conflict")
                .then()
                .statusCode(409)
                .contentType(startsWith("text/html"))
                .body(containsString("<header class=\"site\""))
                .body(containsString("Error 409"))
                .body(containsString("Ya existe un centro con el código CAMR-TEST-1."))
                .body(containsString("<a href=\"/\">Volver al tablero</a>"));
    }

    @Test
    void refusedFieldsAreListedByTheirNamesInThePagesLanguage() {
        browser(TestUsers.create("MANAGER", null))
                .queryParam("lang", "es")
                .get("/failing-page/fields")
                .then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("<strong>Pronóstico</strong>: Obligatorio."))
                .body(not(containsString("forecastDate")));
    }

    @Test
    void aFailureNoOneExpectedIsAPageThatSaysNothingWasSaved() {
        browser(TestUsers.create("MANAGER", null))
                .queryParam("lang", "en")
                .get("/failing-page/crash")
                .then()
                .statusCode(500)
                .contentType(startsWith("text/html"))
                .body(containsString("Error 500"))
                .body(containsString("Internal error"))
                .body(containsString("the change was not saved"))
                .body(not(containsString("a failure no one expected")))
                .body(containsString("<a href=\"/\">Back to the dashboard</a>"));
    }

    @Test
    void aRefererOnAnotherSiteIsNoWayBack() {
        browser(TestUsers.create("MANAGER", null))
                .header("Accept-Language", "en")
                .header("Referer", "https://elsewhere.example/centers/X")
                .get("/nowhere-at-all")
                .then()
                .statusCode(404)
                .body(not(containsString("Back to the previous page")));
    }

    @Test
    void theApiAndClientsNotAskingForHtmlKeepProblemJson() {
        String manager = TestUsers.create("MANAGER", null);
        TestUsers.api(manager)
                .accept("application/json")
                .get("/api/centers/NO-SUCH-CENTER")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        TestUsers.page(manager)
                .redirects()
                .follow(false)
                .accept("*/*")
                .get("/nowhere-at-all")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }
}

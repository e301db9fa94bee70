package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestPhotos;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;

/**
 * A center's page is kept between requests ({@link KeptCenterPages}), and each change it shows is
 * seen on the next request after a first one was kept: a change the audit trail does not record (a
 * photo), a user's new name, an exchange rate, and each language on its own.
 */
@QuarkusTest
class KeptCenterPagesTest {

    @Test
    void aPhotoAddedToAFindingShowsOnThePageAlreadySeen() {
        String center = TestCenters.create();
        long finding =
                TestEvaluations.finding(
                        TestEvaluations.create(center, "INITIAL", Map.of()),
                        "HIGH",
                        "Cracked water tank");
        assertTrue(page(center, "en").contains("Cracked water tank"));
        String thumbnail =
                given().multiPart("file", "tank.jpg", TestPhotos.image("jpg"), "image/jpeg")
                        .post("/api/findings/{id}/photos", finding)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("thumbnailUrl");
        assertTrue(page(center, "en").contains(thumbnail), "the new photo's thumbnail is shown");

        long photo = Long.parseLong(thumbnail.replaceAll("\\D*(\\d+)\\D*", "$1"));
        given().delete("/api/photos/{id}", photo).then().statusCode(204);
        assertFalse(page(center, "en").contains(thumbnail), "the removed photo is gone");
    }

    @Test
    void aUsersNewNameShowsInTheHistoryAlreadySeen() {
        String center = TestCenters.create();
        String username = TestUsers.create("MANAGER", null);
        TestUsers.api(username)
                .contentType(ContentType.JSON)
                .body(Map.of("municipality", "Omoa", "version", 0))
                .patch("/api/centers/{code}", center)
                .then()
                .statusCode(200);
        assertTrue(page(center, "en").contains("<strong>Test user</strong>"));

        JsonPath user = admin().get("/api/users").then().extract().jsonPath();
        Map<String, Object> account = user.getMap("find { it.username == '" + username + "' }");
        admin().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "displayName",
                                "Ingeniera Renombrada",
                                "version",
                                account.get("version")))
                .patch("/api/users/{id}", account.get("id"))
                .then()
                .statusCode(200);
        String history = page(center, "en");
        assertTrue(history.contains("<strong>Ingeniera Renombrada</strong>"), "the new name");
        assertFalse(history.contains("<strong>Test user</strong>"), "no longer the old name");
    }

    @Test
    void anExchangeRateRecordedShowsTheMoneyAtOnce() {
        String center = TestCenters.create();
        // A currency no other test records a rate of.
        TestFunding.allocate(TestFunding.grant("900000", "ISK"), center, "450000", "ISK");
        assertTrue(page(center, "en").contains("an exchange rate this center needs is missing"));
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "currency", "ISK",
                                "date", "2026-01-02",
                                "unitsPerUsd", "138.500000",
                                "source", "Seðlabanki Íslands"))
                .post("/api/exchange-rates")
                .then()
                .statusCode(201);
        String page = page(center, "en");
        assertFalse(page.contains("an exchange rate this center needs is missing"), page);
        assertTrue(page.contains("3,249.10"), "450,000 ISK at 138.5 to the dollar");
    }

    /** The history, worked out with the rest, is written in the page's language. */
    @Test
    void eachLanguageIsKeptApart() {
        String center = TestCenters.create();
        String created = "Created: Center «" + center + "»";
        String creado = "Creado: Centro «" + center + "»";
        assertTrue(page(center, "en").contains(created));
        String spanish = page(center, "es");
        assertTrue(spanish.contains(creado), spanish);
        assertFalse(spanish.contains(created));
        assertTrue(page(center, "en").contains(created));
    }

    private static String page(String center, String language) {
        return TestSessions.page("manager")
                .queryParam("lang", language)
                .get("/centers/{code}", center)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", SignedInAsManager.DEMO_PASSWORD);
    }
}

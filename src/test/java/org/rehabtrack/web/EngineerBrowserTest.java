package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;
import org.rehabtrack.system.TestWorks;

/** An engineer at the site, on a 390x844 phone, in Spanish. */
@QuarkusTest
class EngineerBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anEngineerOnAPhoneLogsAFindingWithAPhotoAfterFixingTheFormsError() throws Exception {
        String center = TestCenters.create();
        TestEvaluations.create(center, "INITIAL", Map.of());
        Path photo = TestPhotos.jpegFile("muro-norte.jpg");
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("engineer", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            browser.driver.findElement(By.linkText("Registrar un hallazgo")).click();

            browser.driver
                    .findElement(By.cssSelector("#category option[value=PERIMETER_SECURITY]"))
                    .click();
            browser.driver
                    .findElement(By.cssSelector("input[name=severity][value=CRITICAL]"))
                    .click();
            browser.driver.findElement(By.id("location")).sendKeys("Muro norte, tramo de 12 m");
            browser.driver
                    .findElement(By.id("description"))
                    .sendKeys("El muro cayó tras las lluvias; el patio está abierto.");
            WebElement file = browser.driver.findElement(By.id("photo"));
            assertEquals(
                    "environment", file.getAttribute("capture"), "the camera opens on a phone");
            file.sendKeys(photo.toString());
            browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();

            // No title: the error is next to it, and everything typed is still there. (Each lookup
            // waits for an element only the page after the redirect has.)
            assertTrue(
                    browser.driver
                            .findElement(By.id("title-error"))
                            .getText()
                            .contains("Complete este campo"));
            WebElement title = browser.driver.findElement(By.id("title"));
            assertEquals("true", title.getAttribute("aria-invalid"));
            assertEquals(
                    "Muro norte, tramo de 12 m",
                    browser.driver.findElement(By.id("location")).getAttribute("value"));
            assertEquals(
                    "El muro cayó tras las lluvias; el patio está abierto.",
                    browser.driver.findElement(By.id("description")).getAttribute("value"));
            assertTrue(
                    browser.driver
                            .findElement(By.cssSelector("input[name=severity][value=CRITICAL]"))
                            .isSelected());
            // The form was sent by the offline forms' script: the photo chosen is still chosen.
            assertEquals(
                    1L,
                    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                            .executeScript("return document.getElementById('photo').files.length"));
            assertTrue(browser.driver.findElements(By.id("photo-error")).isEmpty());
            browser.screenshot("engineer-finding-error-390x844");
            browser.assertAccessible("finding form with its errors");
            assertEquals(
                    0,
                    given().get("/api/centers/{code}/findings", center)
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("")
                            .size(),
                    "nothing saved yet");

            title.sendKeys("Muro perimetral colapsado");
            browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();

            assertEquals(
                    "Hallazgo guardado.",
                    browser.driver.findElement(By.cssSelector("ul.findings li p.note")).getText());
            WebElement logged = browser.driver.findElement(By.cssSelector("ul.findings li"));
            assertTrue(logged.getText().contains("Muro perimetral colapsado"));
            assertEquals(
                    1,
                    logged.findElements(By.cssSelector(".photos img")).size(),
                    "its photo is shown");
            browser.screenshot("engineer-logs-finding-390x844");
        }
        given().get("/api/centers/{code}/findings", center)
                .then()
                .body("", hasSize(1))
                .body("[0].severity", equalTo("CRITICAL"))
                .body("[0].category", equalTo("PERIMETER_SECURITY"))
                .body(
                        "[0].description",
                        equalTo("El muro cayó tras las lluvias; el patio está abierto."))
                .body("[0].photos", hasSize(1));
    }

    @Test
    void anEngineerOnAPhoneRecordsProgressAndVerifiesAResolvedFinding() throws Exception {
        long finding = TestEvaluations.createFinding();
        String center = given().get("/api/findings/{id}", finding).then().extract().path("center");
        TestWorks.completed(center, "WP-01", List.of(finding));
        long underWay = TestWorks.underWay(center, "WP-02", List.of());
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("engineer", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            browser.driver
                    .findElement(
                            By.cssSelector("a[href$='/work-packages/" + underWay + "/progress']"))
                    .click();
            browser.driver.findElement(By.id("percentComplete")).sendKeys("35,5");
            browser.driver.findElement(By.id("note")).sendKeys("Cimientos colados");
            browser.driver
                    .findElement(By.id("photo"))
                    .sendKeys(TestPhotos.jpegFile("cimientos.jpg").toString());
            browser.screenshot("engineer-progress-form-390x844");
            browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();
            assertEquals(
                    "Avance guardado.",
                    browser.driver
                            .findElement(By.cssSelector("#w" + underWay + " p.note"))
                            .getText());
            assertTrue(
                    browser.driver.findElement(By.id("w" + underWay)).getText().contains("35.50"));

            browser.driver
                    .findElement(By.cssSelector("#f" + finding + " form.verify button"))
                    .click();
            assertTrue(
                    browser.driver
                            .findElement(By.cssSelector("#f" + finding + " p.note"))
                            .getText()
                            .startsWith("Verificado"));
            browser.screenshot("engineer-verifies-finding-390x844");
        }
        given().get("/api/findings/{id}", finding).then().body("status", equalTo("VERIFIED"));
        given().get("/api/work-packages/{id}/progress", underWay)
                .then()
                .body("", hasSize(1))
                .body("[0].note", equalTo("Cimientos colados"))
                .body("[0].photos", hasSize(1));
    }
}

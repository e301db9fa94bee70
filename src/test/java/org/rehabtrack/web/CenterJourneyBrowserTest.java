package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestMilestones;

/**
 * A manager's work on a center itself, in Chromium as the manager does it: registering a center
 * from the dashboard on a phone, in Spanish, with the keyboard; being told why the phase cannot
 * move yet; and, on a laptop in English, editing the details and moving the phase once its gate is
 * reached.
 */
@QuarkusTest
class CenterJourneyBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static void type(Browser browser, String field, String text) {
        WebElement input = browser.driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void aManagerOnAPhoneRegistersACenterInSpanishAndLearnsWhatItsPhaseNeeds() throws Exception {
        String code = "CAMR-CHOL-" + System.nanoTime() % 10_000;
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/?lang=es");
            browser.driver.findElement(By.linkText("Nuevo centro")).click();
            browser.driver.findElement(By.cssSelector("form.site"));
            browser.assertAccessible("new center, 390, es");

            type(browser, "code", code);
            type(browser, "name", "Centro de Atención al Migrante Retornado Choloma");
            new Select(browser.driver.findElement(By.id("type")))
                    .selectByVisibleText("Centro de atención al migrante retornado (CAMR)");
            type(browser, "department", "Cortés");
            type(browser, "municipality", "Choloma");
            type(browser, "latitude", "15,6144");
            type(browser, "capacity", "mil");
            // Enter in a field sends the form, as a keyboard user does.
            browser.driver.findElement(By.id("capacity")).sendKeys(Keys.ENTER);
            assertEquals(
                    "Escriba un número entero.",
                    browser.driver.findElement(By.id("capacity-error")).getText());
            assertEquals(
                    "Choloma",
                    browser.driver.findElement(By.id("municipality")).getAttribute("value"),
                    "what was typed is kept");
            assertEquals(
                    "capacity",
                    browser.driver.switchTo().activeElement().getAttribute("id"),
                    "the field to fix has the focus");
            browser.screenshot("manager-new-center-refused-es-390x844");
            browser.assertAccessible("new center refused, 390, es");
            given().get("/api/centers/{code}", code).then().statusCode(404);

            type(browser, "capacity", "150");
            browser.driver.findElement(By.id("capacity")).sendKeys(Keys.ENTER);
            assertEquals(
                    "Centro creado, con sus hitos estándar aún sin fechas.",
                    browser.driver.findElement(By.id("center-outcome")).getText());
            browser.screenshot("manager-center-created-es-390x844");

            browser.driver.findElement(By.linkText("Cambiar de fase")).click();
            assertTrue(
                    browser.driver
                            .findElement(By.id("gate"))
                            .getText()
                            .contains("Evaluación completada, aún no alcanzado"));
            browser.assertAccessible("phase, 390, es");
            browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();
            assertTrue(
                    browser.driver
                            .findElement(By.cssSelector("p.error[role=alert]"))
                            .getText()
                            .contains("su hito de cierre Evaluación completada aún no tiene"));
            browser.screenshot("manager-phase-refused-es-390x844");
        }
        given().get("/api/centers/{code}", code)
                .then()
                .body("municipality", equalTo("Choloma"))
                .body("capacity", equalTo(150))
                .body("phase", equalTo("EVALUATION"));
    }

    @Test
    void aManagerOnALaptopEditsACenterAndMovesItsPhaseOnceTheGateIsReached() throws Exception {
        String code = TestCenters.create();
        TestMilestones.date(code, "EVALUATION_COMPLETED", null, null, LocalDate.now().toString());
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + code + "?lang=en");
            browser.driver.findElement(By.linkText("Edit details")).click();
            type(browser, "populationServed", "returning children and their families");
            browser.screenshot("manager-edits-center-1366x768");
            browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();
            assertEquals("Saved.", browser.driver.findElement(By.id("center-outcome")).getText());

            browser.driver.findElement(By.linkText("Change phase")).click();
            assertTrue(
                    browser.driver
                            .findElement(By.id("gate"))
                            .getText()
                            .startsWith("To leave this phase: Evaluation completed, reached on"));
            assertEquals(
                    "Partnership",
                    new Select(browser.driver.findElement(By.id("phase")))
                            .getFirstSelectedOption()
                            .getText(),
                    "the next phase is offered first");
            browser.screenshot("manager-changes-phase-1366x768");
            browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();
            assertEquals(
                    "Phase changed.",
                    browser.driver.findElement(By.id("center-outcome")).getText());
            assertTrue(
                    browser.driver
                            .findElement(By.id("phase-heading"))
                            .getText()
                            .endsWith("Partnership"));
        }
        given().get("/api/centers/{code}", code)
                .then()
                .body("populationServed", equalTo("returning children and their families"))
                .body("phase", equalTo("PARTNERSHIP"));
    }
}

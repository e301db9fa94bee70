package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestPartners;

/**
 * A manager records an agreement from the center's page, gives it a commitment and marks it met, on
 * a phone in Spanish; then, on a laptop in English, signs it, which needs its signature date.
 */
@QuarkusTest
class AgreementBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static void type(Browser browser, WebElement dateInput, String isoDate) {
        // A date input takes what a user types in its own order; setting the value is what the
        // browser sends.
        ((JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = arguments[1]", dateInput, isoDate);
    }

    private static JsonPath agreementOf(String center) {
        return given().get("/api/centers/{code}/agreements", center).then().extract().jsonPath();
    }

    @Test
    void aManagerRecordsAnAgreementGivesItACommitmentAndSignsIt() throws Exception {
        String center = TestCenters.create();
        String state = TestPartners.institution();
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            browser.driver.findElement(By.linkText("Registrar un convenio")).click();
            browser.assertAccessible("new agreement, 390, es");
            browser.driver.findElement(By.cssSelector("input[value='" + state + "']")).click();
            new Select(browser.driver.findElement(By.id("type"))).selectByValue("PROPERTY_USE");
            browser.driver
                    .findElement(By.id("title"))
                    .sendKeys("Comodato del inmueble", Keys.ENTER);
            assertEquals(
                    "Convenio registrado.",
                    browser.driver.findElement(By.id("agreement-outcome")).getText());
            browser.screenshot("manager-agreement-created-es-390x844");

            new Select(browser.driver.findElement(By.id("kind"))).selectByValue("MAINTAIN");
            WebElement description = browser.driver.findElement(By.id("description"));
            description.sendKeys("Mantenimiento preventivo del techo");
            type(browser, browser.driver.findElement(By.id("dueDate")), "2027-06-30");
            browser.driver
                    .findElement(
                            By.cssSelector(
                                    "section[aria-labelledby=add-commitment-heading] button"))
                    .click();
            WebElement added =
                    browser.driver.findElement(By.cssSelector("li.commitment-card p.note"));
            assertEquals("Compromiso agregado.", added.getText());
            WebElement card = added.findElement(By.xpath("ancestor::li"));
            assertTrue(card.getText().contains("Mantener el inmueble"), card.getText());
            browser.assertAccessible("agreement page, 390, es");
            browser.screenshot("manager-agreement-commitment-es-390x844");

            card.findElement(By.tagName("summary")).click();
            new Select(card.findElement(By.name("status"))).selectByValue("MET");
            card.findElement(By.cssSelector("form button")).click();
            browser.awaitText(By.cssSelector("li.commitment-card p.note"), "Compromiso guardado.");
        }
        JsonPath recorded = agreementOf(center);
        assertEquals("PROPERTY_USE", recorded.getString("[0].type"));
        assertEquals("MET", recorded.getString("[0].commitments[0].status"));
        assertEquals("2027-06-30", recorded.getString("[0].commitments[0].dueDate"));
        long id = recorded.getLong("[0].id");

        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "/agreements/" + id + "?lang=en");
            browser.driver.findElement(By.linkText("Edit the agreement")).click();
            new Select(browser.driver.findElement(By.id("status"))).selectByValue("SIGNED");
            browser.driver.findElement(By.id("title")).sendKeys(Keys.ENTER);
            WebElement error = browser.driver.findElement(By.id("signatureDate-error"));
            assertTrue(error.getText().contains("signature date"), error.getText());
            WebElement signature = browser.driver.findElement(By.id("signatureDate"));
            assertEquals(signature, browser.driver.switchTo().activeElement());
            browser.screenshot("manager-agreement-needs-signature-date-1366x768");
            browser.assertAccessible("agreement form refused, 1366, en");

            String signed = LocalDate.now().minusDays(1).toString();
            type(browser, signature, signed);
            browser.driver.findElement(By.cssSelector("form.site button")).click();
            assertEquals(
                    "Saved.", browser.driver.findElement(By.id("agreement-outcome")).getText());
            browser.screenshot("manager-agreement-signed-1366x768");
            given().get("/api/centers/{code}/milestones", center)
                    .then()
                    .body(
                            "find { it.kind == 'AGREEMENT_SIGNED' }.actualDate",
                            org.hamcrest.Matchers.equalTo(signed));
        }
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestPartners;

/**
 * A manager on a phone, in Spanish, plans a works package from the center's page and takes it to
 * tender and contract; then, on a laptop in English, asks for a change order, approves it and
 * records a payment.
 */
@QuarkusTest
class WorkPackageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private void move(Browser browser, String status) {
        new Select(browser.driver.findElement(By.id("status"))).selectByValue(status);
        browser.driver
                .findElement(By.cssSelector("section[aria-labelledby=move-heading] button"))
                .click();
    }

    @Test
    void aManagerPlansAPackageContractsItAndRecordsAChangeOrderAndAPayment() throws Exception {
        String center = TestCenters.create();
        String contractor = TestPartners.contractor();
        String grant = TestFunding.grant("500000.00", "USD");
        TestFunding.allocate(grant, center, "300000.00", "USD");
        long id;
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            browser.driver.findElement(By.linkText("Planificar un paquete de obra")).click();
            browser.assertAccessible("new works package, 390, es");
            browser.driver.findElement(By.id("code")).sendKeys("WP-01");
            new Select(browser.driver.findElement(By.id("fundingSource"))).selectByValue(grant);
            browser.driver.findElement(By.id("budget")).sendKeys("120000");
            new Select(browser.driver.findElement(By.id("currency"))).selectByValue("USD");
            browser.driver.findElement(By.id("title")).sendKeys("Cambio de cubierta", Keys.ENTER);
            browser.awaitText(By.id("package-outcome"), "Paquete de obra planificado.");
            String path = browser.driver.getCurrentUrl().replaceFirst("\\?.*$", "");
            id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

            move(browser, "TENDERING");
            browser.awaitText(By.id("package-outcome"), "Estado cambiado.");
            new Select(browser.driver.findElement(By.id("status"))).selectByValue("CONTRACTED");
            new Select(browser.driver.findElement(By.id("contractor"))).selectByValue(contractor);
            browser.driver.findElement(By.id("contractAmount")).sendKeys("115000");
            browser.screenshot("manager-package-contracting-es-390x844");
            browser.clickToNextPage(
                    browser.driver.findElement(
                            By.cssSelector("section[aria-labelledby=move-heading] button")));
            browser.awaitText(By.id("package-outcome"), "Estado cambiado.");
            browser.assertAccessible("works package contracted, 390, es");
        }
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "/work-packages/" + id + "?lang=en");
            browser.driver.findElement(By.id("changeAmount")).sendKeys("5000");
            WebElement days = browser.driver.findElement(By.id("days"));
            days.clear();
            days.sendKeys("15");
            browser.driver
                    .findElement(By.id("reason"))
                    .sendKeys("Beams to reinforce, found when the roof came off", Keys.ENTER);
            browser.awaitText(
                    By.id("package-outcome"), "Change order recorded, pending a decision.");
            browser.driver
                    .findElement(By.cssSelector("form.decide button[value=APPROVED]"))
                    .click();
            browser.awaitText(By.id("package-outcome"), "Change order decided.");

            WebElement paid = browser.driver.findElement(By.id("amount"));
            paid.sendKeys("20000");
            browser.driver.findElement(By.id("reference")).sendKeys("FAC-0001", Keys.ENTER);
            browser.awaitText(By.id("package-outcome"), "Payment recorded.");
            assertTrue(
                    browser.driver
                            .findElement(
                                    By.cssSelector("section[aria-labelledby=payments-heading]"))
                            .getText()
                            .contains("FAC-0001"));
            browser.assertAccessible("works package page, 1366, en");
            browser.screenshot("manager-package-paid-1366x768");
        }
        JsonPath saved = given().get("/api/work-packages/{id}", id).then().extract().jsonPath();
        assertEquals("CONTRACTED", saved.getString("status"));
        assertEquals("120000.00", saved.getString("revisedContractAmount.amount"));
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
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
import org.rehabtrack.system.TestFunding;

/**
 * A manager on a phone, in Spanish, records an exchange rate from the header's Funding link; on a
 * laptop, in English, allocates a grant to a center.
 */
@QuarkusTest
class FundingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aManagerRecordsARateAndAllocatesAGrant() throws Exception {
        String center = TestCenters.create();
        String grant = TestFunding.grant("400000.00", "USD");
        String day = LocalDate.now().minusDays(800 + System.nanoTime() % 300).toString();
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/?lang=es");
            browser.driver.findElement(By.linkText("Financiamiento")).click();
            WebElement date = browser.driver.findElement(By.id("rateDate"));
            ((JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].value = arguments[1]", date, day);
            browser.driver.findElement(By.id("unitsPerUsd")).sendKeys("24,6512", Keys.ENTER);
            assertEquals(
                    "Tipo de cambio registrado.",
                    browser.driver.findElement(By.id("funding-outcome")).getText());
            browser.assertAccessible("funding page, 390, es");
            browser.screenshot("manager-funding-rate-es-390x844");
        }
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/funding?lang=en");
            new Select(browser.driver.findElement(By.id("grant"))).selectByValue(grant);
            new Select(browser.driver.findElement(By.id("center"))).selectByValue(center);
            browser.driver.findElement(By.id("allocationAmount")).sendKeys("120000", Keys.ENTER);
            assertEquals(
                    "Allocation recorded.",
                    browser.driver.findElement(By.id("funding-outcome")).getText());
            browser.assertAccessible("funding page, 1366, en");
            browser.screenshotOf("manager-funding-allocated-1366x768", "#g-" + grant);
        }
        given().get("/api/funding-sources/{code}", grant)
                .then()
                .body(
                        "allocations.find { it.center == '" + center + "' }.amount.amount",
                        org.hamcrest.Matchers.equalTo("120000.00"));
    }
}

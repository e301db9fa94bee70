package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;

/**
 * An engineer on a phone, in Spanish, records a follow-up evaluation with its measurements from the
 * center's page, and reads its standards checks; a manager on a laptop, in English, reads how each
 * check moved since the initial evaluation.
 */
@QuarkusTest
class EvaluationBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anEngineerRecordsAFollowUpAndAManagerReadsTheComparison() throws Exception {
        String center = TestCenters.create();
        TestEvaluations.create(
                center,
                "INITIAL",
                Map.of("personsDesignCapacity", 100, "toiletsFemale", 1, "toiletsMale", 1));
        String page;
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("engineer", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            browser.driver.findElement(By.linkText("Registrar una evaluación")).click();
            browser.assertAccessible("new evaluation, 390, es");
            new Select(browser.driver.findElement(By.id("overnightStay"))).selectByValue("true");
            browser.driver.findElement(By.id("personsDesignCapacity")).sendKeys("100");
            browser.driver.findElement(By.id("toiletsFemale")).sendKeys("3");
            browser.driver.findElement(By.id("toiletsMale")).sendKeys("3");
            browser.driver.findElement(By.id("minCeilingHeightM")).sendKeys("2,4");
            browser.driver
                    .findElement(By.id("leadEngineer"))
                    .sendKeys("Ing. Carlos Mejía", Keys.ENTER);
            assertTrue(
                    browser.driver
                            .findElement(By.id("evaluation-outcome"))
                            .getText()
                            .startsWith("Evaluación registrada"));
            browser.assertAccessible("evaluation page, 390, es");
            browser.screenshot("engineer-evaluation-recorded-es-390x844");
            page =
                    browser.driver
                            .getCurrentUrl()
                            .replaceFirst("^https?://[^/]+", "")
                            .replaceFirst("\\?.*$", "");
        }
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go(page + "?lang=en");
            String comparison =
                    browser.driver
                            .findElement(
                                    By.cssSelector("section[aria-labelledby=comparison-heading]"))
                            .getText();
            assertTrue(comparison.contains("Now passes"), comparison);
            browser.assertAccessible("evaluation page, 1366, en");
            browser.screenshotOf(
                    "manager-evaluation-comparison-1366x768",
                    "section[aria-labelledby=comparison-heading]");
        }
        assertEquals(
                2,
                given().get("/api/centers/{code}/evaluations", center)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("")
                        .size());
    }
}

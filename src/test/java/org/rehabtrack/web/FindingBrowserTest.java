package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;
import org.rehabtrack.system.TestWorks;

/**
 * An engineer on a phone, in Spanish, opens a finding from the center's page and adds a photo to
 * it; a manager on a laptop, in English, plans it into a works package, then reopens it with a
 * reason, which its history lists.
 */
@QuarkusTest
class FindingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anEngineerAddsAPhotoAndAManagerPlansAndReopensTheFinding() throws Exception {
        String center = TestCenters.create();
        long evaluation =
                TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 50));
        long finding = TestEvaluations.finding(evaluation, "HIGH", "Goteras en el dormitorio 2");
        TestWorks.planned(center, "WP-01", List.of());
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("engineer", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            browser.driver.findElement(By.linkText("Goteras en el dormitorio 2")).click();
            browser.driver
                    .findElement(By.id("photo"))
                    .sendKeys(TestPhotos.jpegFile("IMG_2044.jpg").toString());
            browser.driver
                    .findElement(By.id("caption"))
                    .sendKeys("Mancha de humedad en el cielo falso", Keys.ENTER);
            browser.awaitText(By.id("finding-outcome"), "Fotos agregadas.");
            assertEquals(1, browser.driver.findElements(By.cssSelector("div.photos img")).size());
            browser.assertAccessible("finding page, 390, es");
            browser.screenshot("engineer-finding-photo-es-390x844");
        }
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "/findings/" + finding + "?lang=en");
            new Select(browser.driver.findElement(By.id("workPackage"))).selectByIndex(1);
            browser.driver
                    .findElement(By.cssSelector("section[aria-labelledby=plan-heading] button"))
                    .click();
            browser.awaitText(By.id("finding-outcome"), "Finding planned into the package.");
            new Select(browser.driver.findElement(By.id("status"))).selectByValue("OPEN");
            browser.driver
                    .findElement(By.id("reason"))
                    .sendKeys("The package leaves out bedroom 2", Keys.ENTER);
            browser.awaitText(By.id("finding-outcome"), "Status changed.");
            assertTrue(
                    browser.driver
                            .findElement(By.cssSelector("section[aria-labelledby=history-heading]"))
                            .getText()
                            .contains("The package leaves out bedroom 2"));
            browser.assertAccessible("finding page, 1366, en");
            browser.screenshot("manager-finding-reopened-1366x768");
        }
        given().get("/api/findings/{id}", finding)
                .then()
                .body("status", org.hamcrest.Matchers.equalTo("OPEN"));
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;

@QuarkusTest
class MilestoneBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static void type(WebElement dateInput, String isoDate) {
        // A date input takes what a user types in its own order; setting the value is what the
        // browser sends.
        ((org.openqa.selenium.JavascriptExecutor)
                        ((org.openqa.selenium.WrapsDriver) dateInput).getWrappedDriver())
                .executeScript("arguments[0].value = arguments[1]", dateInput, isoDate);
    }

    @Test
    void aManagerMovesAMilestoneAndIsToldWhenSomeoneElseChangedItMeanwhile() throws Exception {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "WORKS_STARTED");
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center);
            type(browser.driver.findElement(By.id("forecast-" + milestone)), "2027-04-15");
            browser.driver
                    .findElement(By.cssSelector("#m" + milestone + " form button.save"))
                    .click();
            // Each lookup waits for an element only the page after the redirect has.
            assertEquals(
                    "Saved.",
                    browser.driver
                            .findElement(By.cssSelector("#m" + milestone + " p.note"))
                            .getText());
            browser.screenshot("manager-moves-milestone-1366x768");
            given().get("/api/milestones/{id}", milestone)
                    .then()
                    .statusCode(200)
                    .body("forecastDate", org.hamcrest.Matchers.equalTo("2027-04-15"));

            // Someone else moves it while this page is open: the next save from the page is stale.
            given().contentType(ContentType.JSON)
                    .body(Map.of("forecastDate", "2027-05-01", "version", 1))
                    .patch("/api/milestones/{id}", milestone)
                    .then()
                    .statusCode(200);
            type(browser.driver.findElement(By.id("forecast-" + milestone)), "2027-06-30");
            browser.driver
                    .findElement(By.cssSelector("#m" + milestone + " form button.save"))
                    .click();
            assertTrue(
                    browser.driver
                            .findElement(By.cssSelector("#m" + milestone + " p.error"))
                            .getText()
                            .contains("Someone else changed this milestone"));
            assertEquals(
                    "2027-05-01",
                    browser.driver
                            .findElement(By.id("forecast-" + milestone))
                            .getAttribute("value"),
                    "the new value is shown");
        }
    }

    /**
     * The issue's case: a manager clears only the month of a stored forecast and presses Save. The
     * browser sends an empty field for a date typed in part; the forecast stays, and the page says
     * that nothing changed. The forecast's own button clears it.
     */
    @Test
    void aHalfTypedDateKeepsTheForecastAndItsButtonClearsIt() throws Exception {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "WORKS_STARTED");
        given().contentType(ContentType.JSON)
                .body(Map.of("forecastDate", "2027-04-15", "version", 0))
                .patch("/api/milestones/{id}", milestone)
                .then()
                .statusCode(200);
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            WebElement forecast = browser.driver.findElement(By.id("forecast-" + milestone));
            // Typing focuses the field; the month is the first part of an English browser's date
            // input. Enter then sends the form, as a keyboard user does: a click would race the
            // browser scrolling the edited field back into view, which at times moved the button
            // from under the pointer on a loaded machine.
            forecast.sendKeys(org.openqa.selenium.Keys.HOME, org.openqa.selenium.Keys.BACK_SPACE);
            assertEquals("", forecast.getAttribute("value"), "a date typed in part has no value");
            forecast.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertEquals(
                    "No cambió nada.",
                    browser.driver
                            .findElement(By.cssSelector("#m" + milestone + " p.note"))
                            .getText());
            browser.screenshot("half-typed-date-kept-es-390x844");
            given().get("/api/milestones/{id}", milestone)
                    .then()
                    .body("forecastDate", org.hamcrest.Matchers.equalTo("2027-04-15"));

            browser.driver
                    .findElement(
                            By.cssSelector("#m" + milestone + " form button[value=forecastDate]"))
                    .click();
            // The page before the click has a note in the same place ("No cambió nada."): wait
            // for the one the page after the redirect says.
            browser.awaitText(By.cssSelector("#m" + milestone + " p.note"), "Guardado.");
            given().get("/api/milestones/{id}", milestone)
                    .then()
                    .body("forecastDate", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void anInvalidDateIsShownNextToItsFieldWithWhatTheUserTyped() throws Exception {
        String center = TestCenters.create();
        long milestone = TestCenters.milestoneId(center, "EVALUATION_COMPLETED");
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center);
            type(browser.driver.findElement(By.id("actual-" + milestone)), "2999-01-01");
            browser.driver
                    .findElement(By.cssSelector("#m" + milestone + " form button.save"))
                    .click();
            assertTrue(
                    browser.driver
                            .findElement(By.id("error-" + milestone))
                            .getText()
                            .contains("after today"));
            WebElement actual = browser.driver.findElement(By.id("actual-" + milestone));
            assertEquals("true", actual.getAttribute("aria-invalid"));
            assertEquals("2999-01-01", actual.getAttribute("value"), "what the user typed is kept");
            assertEquals(
                    actual,
                    browser.driver.switchTo().activeElement(),
                    "the page answering the post opens at the field to correct");
            browser.screenshot("invalid-date-kept-390x844");
        }
    }

    /**
     * A manager on a phone, in Spanish, adds a milestone of the center's own from the center's
     * page, then on its own page gives it a baseline and a note, and moves the baseline with a
     * reason; the move is listed.
     */
    @Test
    void aManagerOnAPhoneAddsAMilestoneAndMovesItsBaselineWithAReason() throws Exception {
        String center = TestCenters.create();
        long added;
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            browser.driver.findElement(By.linkText("Agregar un hito")).click();
            WebElement name = browser.driver.findElement(By.id("name"));
            name.sendKeys("Inspección de la DINAF", org.openqa.selenium.Keys.ENTER);
            WebElement saved =
                    browser.driver.findElement(By.cssSelector("li.milestone-card p.note"));
            assertEquals("Guardado.", saved.getText());
            String card = saved.findElement(By.xpath("ancestor::li")).getAttribute("id");
            added = Long.parseLong(card.substring(1));
            browser.driver.findElement(By.cssSelector("#" + card + " p.milestone-more a")).click();
            assertEquals(
                    "Inspección de la DINAF",
                    browser.driver.findElement(By.tagName("h1")).getText());
            browser.assertAccessible("milestone page, 390, es");

            type(browser.driver.findElement(By.id("baselineDate")), "2027-03-01");
            WebElement note = browser.driver.findElement(By.id("note"));
            note.sendKeys("Con la oficina regional de la DINAF");
            browser.driver
                    .findElement(By.cssSelector("section[aria-labelledby=details-heading] button"))
                    .click();
            // Each form reloads the page: its outcome is read from the new one.
            browser.awaitText(By.id("milestone-outcome"), "Guardado.");

            type(browser.driver.findElement(By.id("newBaseline")), "2027-04-15");
            browser.driver
                    .findElement(By.id("reason"))
                    .sendKeys(
                            "La DINAF pidió esperar al cierre del año escolar",
                            org.openqa.selenium.Keys.ENTER);
            browser.awaitText(By.id("milestone-outcome"), "Línea base movida.");
            assertTrue(
                    browser.driver
                            .findElement(
                                    By.cssSelector("section[aria-labelledby=moves-heading] li"))
                            .getText()
                            .startsWith("01/03/2027 → 15/04/2027"));
            browser.screenshotOf(
                    "manager-moves-baseline-es-390x844", "section[aria-labelledby=moves-heading]");
            browser.go("/centers/" + center + "/milestones/" + added + "?lang=es");
            browser.screenshot("manager-milestone-page-es-390x844");
        }
        given().get("/api/milestones/{id}", added)
                .then()
                .body("kind", org.hamcrest.Matchers.equalTo("CUSTOM"))
                .body("baselineDate", org.hamcrest.Matchers.equalTo("2027-04-15"))
                .body("note", org.hamcrest.Matchers.equalTo("Con la oficina regional de la DINAF"));
        given().get("/api/milestones/{id}/rebaselines", added)
                .then()
                .body("[0].reason", org.hamcrest.Matchers.startsWith("La DINAF pidió esperar"));
    }
}

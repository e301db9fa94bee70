package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestUsers;

/**
 * Error pages as a manager and a donor meet them in Chromium, on a desktop and on a phone, in both
 * languages: the site's header, the status, what went wrong and a way back, within the window's
 * width, with links a finger can hit. Screenshots under {@code target/screenshots/}.
 */
@QuarkusTest
class ErrorPagesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private record Seen(String lang, String heading) {}

    @Test
    void aMissingCenterAndAForbiddenFormArePagesAtEveryWidthInBothLanguages() throws Exception {
        String center = TestCenters.create();
        String manager = TestUsers.create("MANAGER", null);
        String donor = TestUsers.donorFunding(center).username();
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1366, 390, 360}) {
            for (String lang : List.of("es", "en")) {
                try (Browser browser = Browser.open(base, width, 800)) {
                    browser.signIn(manager, TestUsers.PASSWORD);
                    browser.go("/centers/NO-SUCH-CENTER?lang=" + lang);
                    Seen missing = check(browser, width, lang, "404", problems);
                    assertEquals(
                            lang.equals("es") ? "No encontrado" : "Not found", missing.heading);
                    browser.screenshot("error-404-" + lang + "-" + width);
                    browser.assertAccessible("404 " + lang + " " + width);
                }
                try (Browser browser = Browser.open(base, width, 800)) {
                    browser.signIn(donor, TestUsers.PASSWORD);
                    browser.go("/centers/" + center + "?lang=" + lang);
                    // Followed from the center's page, as a link would, so the browser says where
                    // it came from (a typed address sends no Referer).
                    ((JavascriptExecutor) browser.driver)
                            .executeScript(
                                    "location.href = arguments[0]",
                                    "/centers/" + center + "/findings/new");
                    browser.driver.findElement(By.cssSelector(".error-page"));
                    Seen forbidden = check(browser, width, lang, "403", problems);
                    assertEquals(
                            lang.equals("es") ? "No permitido" : "Not allowed", forbidden.heading);
                    // The way back leads to the center the donor came from.
                    browser.driver.findElement(By.cssSelector(".error-page .actions a")).click();
                    assertTrue(
                            browser.driver
                                    .getCurrentUrl()
                                    .contains("/centers/" + center + "?lang=" + lang),
                            browser.driver.getCurrentUrl());
                    browser.go("/centers/" + center + "/findings/new");
                    browser.screenshot("error-403-" + lang + "-" + width);
                    browser.assertAccessible("403 " + lang + " " + width);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Seen check(
            Browser browser, int width, String lang, String status, List<String> problems) {
        String where = status + " " + lang + " at " + width + " px: ";
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        assertEquals(lang, browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        String shown = browser.driver.findElement(By.cssSelector(".error-page .status")).getText();
        if (!shown.endsWith(status)) {
            problems.add(where + "status shown as " + shown);
        }
        if (browser.driver.findElements(By.cssSelector("header.site nav a")).isEmpty()) {
            problems.add(where + "no site header");
        }
        if (browser.driver
                .findElements(By.cssSelector("header.site form[action='/logout']"))
                .isEmpty()) {
            problems.add(where + "no way to sign out");
        }
        long overflow = browser.sidewaysOverflow();
        if (overflow > 0) {
            problems.add(where + "wider than the window by " + overflow + " px");
        }
        for (WebElement link : browser.driver.findElements(By.cssSelector(".error-page a"))) {
            if (link.getSize().getHeight() < 44) {
                problems.add(where + "link '" + link.getText() + "' under 44 px high");
            }
        }
        return new Seen(
                lang, browser.driver.findElement(By.cssSelector(".error-page h1")).getText());
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestUsers;

/**
 * The archive of the workbooks issued, as its users meet it: a donor on a phone, in Spanish,
 * downloads a workbook, finds it among the latest issued, downloads it again (the same bytes) and
 * checks the copy; a manager on a laptop, in English, narrows the list to a center and checks a
 * copy someone changed.
 */
@QuarkusTest
class ReportArchiveBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aDonorOnAPhoneDownloadsAWorkbookAgainAndChecksItsCopy() throws Exception {
        String center = TestCenters.create();
        String donor = TestUsers.donorFunding(center).username();
        Path first =
                Files.createDirectories(
                        Path.of("target", "downloads", "archive-" + System.nanoTime()));
        try (Browser browser = Browser.open(base, 390, 844, first)) {
            browser.signIn(donor, TestUsers.PASSWORD);
            browser.go("/reports?lang=es");
            browser.driver.findElement(By.cssSelector("input[name=report][value=budget]")).click();
            browser.driver.findElement(By.cssSelector("form.reports button[type=submit]")).click();
            Path saved =
                    Browser.downloaded(first, "budget_.*\\.xlsx")
                            .orElseThrow(() -> new AssertionError("the budget workbook"));
            byte[] issued = Files.readAllBytes(saved);

            browser.go("/reports?lang=es");
            WebElement latest =
                    browser.driver.findElement(By.cssSelector("section.archive-latest"));
            assertTrue(latest.getText().contains("Presupuesto"), latest.getText());
            assertTrue(
                    latest.getText().contains(donor), "issued to the donor: " + latest.getText());
            browser.assertAccessible("reports with the latest issued, 390, es");
            assertEquals(0, browser.sidewaysOverflow(), "the reports page fits the phone");

            Files.delete(saved);
            latest.findElement(By.linkText("Descargar de nuevo")).click();
            Path again =
                    Browser.downloaded(first, "budget_.*\\.xlsx")
                            .orElseThrow(() -> new AssertionError("downloaded again"));
            assertArrayEquals(issued, Files.readAllBytes(again), "the same bytes");

            browser.driver
                    .findElement(By.linkText("Todos los libros emitidos, y comprobar una copia"))
                    .click();
            browser.driver.findElement(By.id("file")).sendKeys(again.toAbsolutePath().toString());
            browser.clickToNextPage(
                    browser.driver.findElement(
                            By.cssSelector("section.verify button[type=submit]")));
            browser.awaitText(
                    By.cssSelector("#verify-outcome strong"),
                    "RehabTrack emitió este libro, exactamente como está.");
            assertTrue(
                    browser.driver
                            .findElement(By.cssSelector("section.verify"))
                            .getText()
                            .contains(donor));
            browser.screenshot("donor-archive-verified-es-390x844");
            browser.assertAccessible("archive, a copy checked, 390, es");
            assertEquals(0, browser.sidewaysOverflow(), "the archive page fits the phone");
        }
    }

    @Test
    void aManagerNarrowsTheListToACenterAndFindsAChangedCopyIsNotIssued() throws Exception {
        String center = TestCenters.create();
        String other = TestCenters.create();
        byte[] workbook =
                given().queryParam("center", center)
                        .queryParam("lang", "en")
                        .get("/api/reports/findings.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        given().queryParam("center", other)
                .get("/api/reports/progress.xlsx")
                .then()
                .statusCode(200);
        byte[] changed = workbook.clone();
        changed[changed.length / 3] ^= 1;
        Path copy = Files.createTempFile("changed-", ".xlsx");
        Files.write(copy, changed);
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/reports/archive?lang=en");
            new Select(browser.driver.findElement(By.id("center"))).selectByValue(center);
            browser.clickToNextPage(
                    browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")));
            List<WebElement> rows =
                    browser.driver.findElements(By.cssSelector("#list-heading ~ table tbody tr"));
            assertEquals(1, rows.size(), "one workbook of that center");
            assertTrue(
                    rows.get(0).getText().contains("Evaluation findings"), rows.get(0).getText());
            assertFalse(rows.get(0).getText().contains(other));

            // Sent with no file, the form says what is missing.
            browser.clickToNextPage(
                    browser.driver.findElement(
                            By.cssSelector("section.verify button[type=submit]")));
            assertTrue(browser.driver.findElement(By.id("file-error")).isDisplayed());

            browser.driver.findElement(By.id("file")).sendKeys(copy.toAbsolutePath().toString());
            browser.clickToNextPage(
                    browser.driver.findElement(
                            By.cssSelector("section.verify button[type=submit]")));
            browser.awaitText(
                    By.cssSelector("#verify-outcome strong"),
                    "RehabTrack did not issue this file, or it was changed since: no workbook you"
                            + " may see has the same content.");
            browser.screenshot("manager-archive-changed-copy-en-1366x768");
            browser.assertAccessible("archive, a changed copy, 1366, en");
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @Test
    void theArchiveFitsAPhoneInEnglishAndALaptopInSpanish() throws Exception {
        String center = TestCenters.create();
        given().queryParam("center", center).get("/api/reports/budget.xlsx").then().statusCode(200);
        for (Object[] window : new Object[][] {{390, 844, "en"}, {1366, 768, "es"}}) {
            int width = (Integer) window[0];
            String lang = (String) window[2];
            try (Browser browser = Browser.open(base, width, (Integer) window[1])) {
                browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
                for (String path : List.of("/reports", "/reports/archive")) {
                    browser.go(path + "?lang=" + lang);
                    String name = path.substring(1).replace('/', '-') + "-" + lang + "-" + width;
                    browser.screenshot("manager-" + name);
                    browser.assertAccessible(name);
                    assertEquals(0, browser.sidewaysOverflow(), name + " scrolls sideways");
                }
            }
        }
    }
}

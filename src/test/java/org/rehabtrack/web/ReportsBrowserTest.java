package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestUsers;

@QuarkusTest
class ReportsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aDonorDownloadsTheBudgetWorkbookOfItsCentersOnly() throws Exception {
        String sps = TestCenters.create();
        String belen = TestCenters.create();
        TestFunding.allocate(TestFunding.grant("1000.00", "USD"), belen, "500.00", "USD");
        String donor = TestUsers.donorFunding(sps).username();
        Path folder =
                Files.createDirectories(
                        Path.of("target", "downloads", "donor-" + System.nanoTime()));
        try (Browser browser = Browser.open(base, 1366, 768, folder)) {
            browser.signIn(donor, TestUsers.PASSWORD);
            browser.go("/reports");
            browser.driver.findElement(By.cssSelector("input[name=report][value=budget]")).click();
            browser.screenshot("donor-reports-1366x768");
            browser.driver.findElement(By.cssSelector("form.reports button[type=submit]")).click();
            Optional<Path> workbook = Browser.downloaded(folder, "budget_.*\\.xlsx");
            assertTrue(workbook.isPresent(), "the budget workbook was downloaded");
            boolean funded = false;
            try (InputStream in = Files.newInputStream(workbook.get());
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            String text = cell.toString();
                            funded |= text.contains(sps);
                            assertFalse(text.contains(belen), "a center the donor does not fund");
                        }
                    }
                }
            }
            assertTrue(funded, "its own center is there");
        }
    }

    /**
     * A manager on a phone, in Spanish, ticks one center among all and downloads its progress
     * workbook, named after the report, the center, the language and the cut-off date.
     */
    @Test
    void aManagerOnAPhoneTicksACenterAndGetsAWorkbookNamedAfterItsScope() throws Exception {
        String center = TestCenters.create();
        // More centers than the list shows at once: it scrolls, and its rows must not shrink.
        for (int i = 0; i < 8; i++) {
            TestCenters.create();
        }
        Path folder =
                Files.createDirectories(
                        Path.of("target", "downloads", "manager-" + System.nanoTime()));
        try (Browser browser = Browser.open(base, 390, 844, folder)) {
            browser.signIn("manager", org.rehabtrack.system.SignedInAsManager.DEMO_PASSWORD);
            browser.go("/reports?lang=es");
            // The report's choices, the IATI activities among them, fit the phone's width.
            browser.driver.findElement(By.cssSelector("input[name=report][value=iati]"));
            browser.screenshot("manager-reports-es-390x844-top");
            org.junit.jupiter.api.Assertions.assertEquals(
                    0, browser.sidewaysOverflow(), "the reports page fits the phone's width");
            // A center's name of three lines stays in its own row of the list.
            Object overlapped =
                    ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                            .executeScript(
                                    "var l = document.querySelectorAll('fieldset.centers label.choice');"
                                            + " for (var i = 0; i < l.length; i++) {"
                                            + " var text = document.createRange();"
                                            + " text.selectNodeContents(l[i]);"
                                            + " var box = l[i].getBoundingClientRect();"
                                            + " var words = text.getBoundingClientRect();"
                                            + " if (words.top < box.top - 0.5 || words.bottom > box.bottom + 0.5)"
                                            + " return l[i].textContent; }"
                                            + " return null;");
            org.junit.jupiter.api.Assertions.assertNull(
                    overlapped, "a center's label runs over the next");
            browser.driver
                    .findElement(By.cssSelector("input[name=center][value='" + center + "']"))
                    .click();
            // Today, the center's first day: a cut-off before it would leave the center out.
            java.time.LocalDate today =
                    java.time.LocalDate.now(java.time.ZoneId.of(Browser.TIME_ZONE));
            browser.driver
                    .findElement(By.id("statusDate"))
                    .sendKeys(
                            today.format(java.time.format.DateTimeFormatter.ofPattern("MMddyyyy")));
            browser.screenshot("manager-reports-es-390x844");
            browser.assertAccessible("reports page on a phone");
            browser.driver.findElement(By.cssSelector("form.reports button[type=submit]")).click();
            Optional<Path> workbook =
                    Browser.downloaded(folder, "progress_" + center + "_es_" + today + "\\.xlsx");
            assertTrue(workbook.isPresent(), "the progress workbook of the center ticked");
            try (InputStream in = Files.newInputStream(workbook.get());
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                String all = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(book).getText();
                assertTrue(all.contains(center), "the center ticked is in the workbook");
            }
        }
    }

    /**
     * A manager in English chooses the IATI activities, ticks a center and downloads them as one
     * XML file; an engineer is not offered them.
     */
    @Test
    void aManagerDownloadsTheIatiActivitiesOfACenter() throws Exception {
        String center = TestCenters.create();
        Path folder =
                Files.createDirectories(
                        Path.of("target", "downloads", "iati-" + System.nanoTime()));
        try (Browser browser = Browser.open(base, 1366, 768, folder)) {
            browser.signIn("manager", org.rehabtrack.system.SignedInAsManager.DEMO_PASSWORD);
            browser.go("/reports?lang=en");
            browser.driver.findElement(By.cssSelector("input[name=report][value=iati]")).click();
            browser.driver
                    .findElement(By.cssSelector("input[name=center][value='" + center + "']"))
                    .click();
            browser.screenshot("manager-reports-iati-1366x768");
            browser.assertAccessible("reports page with the IATI activities");
            browser.driver.findElement(By.cssSelector("form.reports button[type=submit]")).click();
            Optional<Path> file = Browser.downloaded(folder, "iati-activities_.*\\.xml");
            assertTrue(file.isPresent(), "the IATI activities were downloaded");
            String xml = Files.readString(file.get());
            assertTrue(xml.contains("<iati-activities version=\"2.03\""), xml);
            assertTrue(xml.contains("-" + center + "</iati-identifier>"), "the center ticked");
        }
        String engineer = TestUsers.create("ENGINEER", null);
        String page =
                TestUsers.page(engineer)
                        .get("/reports")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertFalse(page.contains("value=\"iati\""), "an engineer may not ask for them");
        assertTrue(page.contains("value=\"findings\""));
    }
}

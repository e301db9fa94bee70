package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
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

    private static Optional<Path> downloaded(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("budget_.*\\.xlsx"))
                    .findFirst();
        }
    }

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
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            Optional<Path> workbook = downloaded(folder);
            while (workbook.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
                workbook = downloaded(folder);
            }
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
}

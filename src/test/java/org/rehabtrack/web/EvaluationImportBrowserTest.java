package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rehabtrack.fielddata.SampleExports;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestUsers;

/**
 * An engineer on a phone, in Spanish, imports ODK Central's export from the center's page; a
 * manager on a laptop, in English, imports KoboToolbox's workbook with its attachments, twice: the
 * second time nothing is created again. A file that is no export comes back with its error.
 */
@QuarkusTest
class EvaluationImportBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anEngineerImportsOdkCentralsExportOnAPhone() throws Exception {
        String center = TestCenters.create();
        Path zip = Files.createTempFile("central-", ".zip");
        Files.write(zip, new SampleExports(center).central());
        String engineer = TestUsers.create("ENGINEER", null);
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn(engineer, TestUsers.PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            browser.driver.findElement(By.linkText("Importar de KoboToolbox u ODK")).click();
            browser.driver.findElement(By.id("file")).sendKeys(zip.toString());
            browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();
            browser.awaitText(
                    By.id("import-result"), "Creadas: 3 · importadas antes: 0 · rechazadas: 0");
            assertEquals(0, browser.sidewaysOverflow());
            browser.assertAccessible("import report, 390, es");
            browser.screenshot("engineer-import-central-es-390x844");
        } finally {
            Files.deleteIfExists(zip);
        }
        assertEquals(
                3,
                given().get("/api/centers/{code}/evaluations", center)
                        .jsonPath()
                        .getList("$")
                        .size());
    }

    @Test
    void aManagerImportsKoboToolboxsWorkbookTwiceOnALaptop() throws Exception {
        String center = TestCenters.create();
        SampleExports samples = new SampleExports(center);
        Path workbook = Files.createTempFile("kobo-", ".xlsx");
        Path attachments = Files.createTempFile("attachments-", ".zip");
        Files.write(workbook, samples.kobo(true));
        Files.write(attachments, samples.koboAttachments());
        String manager = TestUsers.create("MANAGER", null);
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn(manager, TestUsers.PASSWORD);
            browser.go("/centers/" + center + "/evaluations/import?lang=en");
            browser.driver
                    .findElement(By.id("file"))
                    .sendKeys(Path.of("pom.xml").toAbsolutePath().toString());
            browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();
            assertTrue(
                    browser.driver
                            .findElement(By.id("file-error"))
                            .getText()
                            .startsWith("The file is not an export"),
                    browser.driver.findElement(By.id("file-error")).getText());
            browser.assertAccessible("import refused, 1366, en");

            for (String expected :
                    new String[] {
                        "Created: 3 · already imported: 0 · refused: 0",
                        "Created: 0 · already imported: 3 · refused: 0"
                    }) {
                browser.driver.findElement(By.id("file")).sendKeys(workbook.toString());
                browser.driver.findElement(By.id("media")).sendKeys(attachments.toString());
                browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();
                browser.awaitText(By.id("import-result"), expected);
            }
            browser.assertAccessible("import report, 1366, en");
            browser.screenshot("manager-import-kobo-again-en-1366x768");
        } finally {
            Files.deleteIfExists(workbook);
            Files.deleteIfExists(attachments);
        }
        assertEquals(
                3,
                given().get("/api/centers/{code}/evaluations", center)
                        .jsonPath()
                        .getList("$")
                        .size());
    }
}

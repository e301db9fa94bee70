package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestProjects;

/**
 * A manager on a phone, in Spanish, uploads a center's bill of quantities, first with a wrong cell,
 * and submits the draft; then, on a laptop in English, records its approval and who decided.
 */
@QuarkusTest
class ProjectBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private static Path workbook(Object[][] lines) throws Exception {
        Path file = Files.createTempFile("presupuesto", ".xlsx");
        Files.write(file, TestProjects.boqWorkbook(lines));
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void aManagerUploadsTheBillOfQuantitiesSubmitsItAndRecordsItsApproval() throws Exception {
        String center = TestCenters.create();
        String institution = TestPartners.institution();
        Path wrong =
                workbook(
                        new Object[][] {
                            {"01", "Preliminares", "1.1", "Limpieza", "m²", "diez", 35.5, "HNL"}
                        });
        Path right =
                workbook(
                        new Object[][] {
                            {"01", "Preliminares", "1.1", "Limpieza", "m²", 250, 35.5, "HNL"},
                            {"04", "Techo", "4.1", "Cubierta de lámina", "m²", 420, 1185.75, "HNL"}
                        });
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            browser.driver.findElement(By.linkText("Abrir el anteproyecto")).click();
            browser.driver.findElement(By.id("file")).sendKeys(wrong.toString());
            browser.driver
                    .findElement(By.cssSelector("section[aria-labelledby=upload-heading] button"))
                    .click();
            WebElement problems = browser.driver.findElement(By.id("boq-problems"));
            assertTrue(
                    problems.getText().startsWith("Fila 2, columna F (cantidad)"),
                    problems.getText());
            browser.screenshot("manager-boq-refused-es-390x844");
            browser.assertAccessible("project page, upload refused, 390, es");

            browser.driver.findElement(By.id("file")).sendKeys(right.toString());
            browser.driver
                    .findElement(By.cssSelector("section[aria-labelledby=upload-heading] button"))
                    .click();
            browser.awaitText(By.id("project-outcome"), "Presupuesto de obra subido.");
            assertTrue(
                    browser.driver
                            .findElement(By.cssSelector("table.boq"))
                            .getText()
                            .contains("Cubierta de lámina"));
            browser.screenshot("manager-boq-uploaded-es-390x844");

            new Select(browser.driver.findElement(By.id("status"))).selectByValue("SUBMITTED");
            browser.driver
                    .findElement(By.cssSelector("section[aria-labelledby=decision-heading] button"))
                    .click();
            browser.awaitText(By.id("project-outcome"), "Decisión registrada.");
        }
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/centers/" + center + "/project?lang=en");
            new Select(browser.driver.findElement(By.id("status"))).selectByValue("APPROVED");
            new Select(browser.driver.findElement(By.id("institution"))).selectByValue(institution);
            browser.driver.findElement(By.id("person")).sendKeys("Ing. Marta Reyes");
            browser.driver
                    .findElement(By.cssSelector("section[aria-labelledby=decision-heading] button"))
                    .click();
            browser.awaitText(By.id("project-outcome"), "Decision recorded.");
            assertTrue(
                    browser.driver
                            .findElement(
                                    By.cssSelector("section[aria-labelledby=decisions-heading]"))
                            .getText()
                            .contains("Ing. Marta Reyes"));
            browser.assertAccessible("project page approved, 1366, en");
            browser.screenshot("manager-project-approved-1366x768");
        }
        given().get("/api/centers/{code}/preliminary-project", center)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPROVED"));
    }
}

package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.report.ScheduledSending;
import org.rehabtrack.report.schedule.SmtpServer;
import org.rehabtrack.report.schedule.TestSchedules;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestUsers;

/**
 * Report schedules as a manager meets them: on a phone, in Spanish, she sets a monthly schedule
 * from the reports page; the SMTP server is down on its day, and on a laptop, in English, the
 * reports page says the sending failed, why, and when it is tried again; she moves it to another
 * day and pauses it.
 */
@QuarkusTest
@QuarkusTestResource(value = SmtpServer.class, restrictToAnnotatedClass = true)
class ScheduleBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject ScheduledSending sending;
    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aManagerSetsAScheduleOnAPhoneAndSeesItsFailedSendingOnALaptop() throws Exception {
        String center = TestCenters.create();
        String user = TestUsers.withEmail("MANAGER", null);
        String name = "Avance mensual " + center;
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/reports?lang=es");
            WebElement section = browser.driver.findElement(By.cssSelector("section.schedules"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView()", section);
            browser.screenshot("schedules-reports-es-390x844");
            browser.clickToNextPage(browser.driver.findElement(By.linkText("Programar un envío")));
            assertEquals(0, browser.sidewaysOverflow(), "the schedule form fits the phone");
            browser.assertAccessible("schedule form, 390, es");

            // Sent without a name nor a recipient: refused, each error by its field.
            browser.clickToNextPage(
                    browser.driver.findElement(
                            By.cssSelector("form.schedule button[type=submit]")));
            assertTrue(
                    browser.driver.findElement(By.id("users-error")).getText().contains("Elija"),
                    "a recipient is needed");
            browser.screenshot("schedule-form-refused-es-390x844");

            browser.driver.findElement(By.id("name")).sendKeys(name);
            browser.driver
                    .findElement(By.cssSelector("input[name=centers][value='" + center + "']"))
                    .click();
            new Select(browser.driver.findElement(By.id("cadence"))).selectByValue("MONTHLY");
            browser.driver.findElement(By.id("dayOfMonth")).clear();
            browser.driver.findElement(By.id("dayOfMonth")).sendKeys("5");
            WebElement box =
                    browser.driver.findElement(
                            By.cssSelector("input[name=users][value='" + user + "']"));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            box.click();
            browser.driver.findElement(By.id("contacts")).sendKeys("donante@example.org en");
            browser.screenshot("schedule-form-es-390x844");
            browser.clickToNextPage(
                    browser.driver.findElement(
                            By.cssSelector("form.schedule button[type=submit]")));
            String listed =
                    browser.driver.findElement(By.cssSelector("section.schedules")).getText();
            assertTrue(listed.contains("Se guardó el envío programado"), listed);
            assertTrue(listed.contains(name), listed);
            assertTrue(listed.contains("Cada mes, el día 5"), listed);
            assertTrue(listed.contains("Aún no enviado"), listed);
            assertEquals(0, browser.sidewaysOverflow(), "the schedules fit the phone");
            browser.assertAccessible("reports with a schedule, 390, es");
            browser.screenshot("schedules-saved-es-390x844");
        }

        // Its first occasion comes while the SMTP server is down.
        Instant due =
                TestSchedules.firstOccasion(
                                io.restassured.RestAssured.given()
                                        .get("/api/report-schedules")
                                        .jsonPath()
                                        .setRootPath("find { it.name == '" + name + "' }"),
                                clock.getZone())
                        .due();
        clock.setInstant(due);
        SmtpServer.server().stop();
        try {
            sending.sendDue();
        } finally {
            SmtpServer.server().start();
        }

        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/reports?lang=en#schedules-heading");
            WebElement row =
                    browser.driver.findElement(
                            By.xpath(
                                    "//table[contains(@class,'schedules')]//tr[th[contains(., '"
                                            + name
                                            + "')]]"));
            assertTrue(row.getText().contains("Not sent (failed attempts: 1)"), row.getText());
            assertTrue(row.getText().contains("Reason: Connection refused"), row.getText());
            String sendings =
                    browser.driver.findElement(By.cssSelector("table.sendings")).getText();
            assertTrue(sendings.contains(name), sendings);
            browser.screenshot("schedules-failed-en-1366x768");
            browser.assertAccessible("reports with a failed sending, 1366, en");

            // She moves it to the 12th through its form.
            browser.clickToNextPage(row.findElement(By.xpath(".//a[contains(., 'Change')]")));
            assertEquals(0, browser.sidewaysOverflow(), "the schedule's form fits the laptop");
            browser.driver.findElement(By.id("dayOfMonth")).clear();
            browser.driver.findElement(By.id("dayOfMonth")).sendKeys("12");
            browser.screenshot("schedule-edit-en-1366x768");
            browser.clickToNextPage(
                    browser.driver.findElement(
                            By.cssSelector("form.schedule button[type=submit]")));
            row =
                    browser.driver.findElement(
                            By.xpath(
                                    "//table[contains(@class,'schedules')]//tr[th[contains(., '"
                                            + name
                                            + "')]]"));
            assertTrue(row.getText().contains("Every month, on day 12"), row.getText());

            browser.clickToNextPage(row.findElement(By.xpath(".//button[contains(., 'Pause')]")));
            String paused =
                    browser.driver.findElement(By.cssSelector("section.schedules")).getText();
            assertTrue(paused.contains("The schedule is paused"), paused);
            WebElement again =
                    browser.driver.findElement(
                            By.xpath(
                                    "//table[contains(@class,'schedules')]//tr[th[contains(., '"
                                            + name
                                            + "')]]"));
            assertTrue(again.getText().contains("Paused"), again.getText());
            assertTrue(
                    again.findElements(By.xpath(".//button[contains(., 'Resume')]")).size() == 1,
                    "it can be resumed");
            browser.screenshot("schedules-paused-en-1366x768");
        }
    }
}

package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestUsers;

@QuarkusTest
class DashboardBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aManagerSignsInOnALaptopAndSeesThePortfolio() throws Exception {
        String sps = TestCenters.create();
        String belen = TestCenters.create();
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            assertEquals("Dashboard", browser.driver.findElement(By.tagName("h1")).getText());
            String table = browser.driver.findElement(By.cssSelector("table.dashboard")).getText();
            assertTrue(table.contains(sps) && table.contains(belen), table);
            assertTrue(Files.size(browser.screenshot("manager-dashboard-1366x768")) > 0);
        }
    }

    @Test
    void aDonorOnAPhoneSeesItsCentersInSpanishAndSignsOut() throws Exception {
        String sps = TestCenters.create();
        String belen = TestCenters.create();
        String donor = TestUsers.donorFunding(sps).username();
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.go("/login?lang=es");
            browser.assertAccessible("sign-in page");
            browser.signIn(donor, TestUsers.PASSWORD);
            assertEquals("Tablero", browser.driver.findElement(By.tagName("h1")).getText());
            String table = browser.driver.findElement(By.cssSelector("table.dashboard")).getText();
            assertTrue(table.contains(sps), table);
            assertFalse(table.contains(belen), "the donor's grant does not fund Belén");
            browser.screenshot("donor-dashboard-390x844");
            browser.driver.findElement(By.cssSelector("header.site form.inline button")).click();
            browser.driver.findElement(
                    By.cssSelector("form.sign-in")); // waits for the page after sign-out
            assertTrue(
                    browser.driver.getCurrentUrl().contains("/login?signedOut"),
                    browser.driver.getCurrentUrl());
            browser.go("/");
            assertTrue(
                    browser.driver.getCurrentUrl().contains("/login"),
                    "signed out: back to the form");
        }
    }
}

package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestMilestones;
import org.rehabtrack.system.TestUsers;

@QuarkusTest
class DashboardBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aManagerSignsInOnALaptopFiltersByDepartmentAndSortsByStatus() throws Exception {
        TwoCenters centers = TwoCenters.oneLate();
        String department = centers.department();
        String calm = centers.calm();
        String late = centers.late();
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            assertEquals("Dashboard", browser.driver.findElement(By.tagName("h1")).getText());
            new Select(browser.driver.findElement(By.id("department")))
                    .selectByVisibleText(department);
            browser.driver.findElement(By.cssSelector("form.filters button")).click();
            browser.awaitText(By.id("shown"), "Centers 1 to 2 of 2");
            List<String> codes = codes(browser);
            assertEquals(List.of(calm, late).stream().sorted().toList(), codes);
            browser.driver.findElement(By.linkText("Status")).click();
            browser.awaitText(By.cssSelector("th[aria-sort=ascending]"), "Status");
            assertEquals(List.of(calm, late), codes(browser), "green before red");
            browser.driver.findElement(By.linkText("Status")).click();
            browser.awaitText(By.cssSelector("th[aria-sort=descending]"), "Status");
            assertEquals(List.of(late, calm), codes(browser), "red before green");
            assertTrue(browser.driver.getCurrentUrl().contains("sort=status&dir=desc"));
            browser.assertAccessible("dashboard, filtered and sorted");
            assertTrue(Files.size(browser.screenshot("manager-dashboard-1366x768")) > 0);
        }
    }

    @Test
    void aManagerOnAPhoneSortsWithTheFormAndTicksLateMilestonesOnly() throws Exception {
        TwoCenters centers = TwoCenters.oneLate();
        String department = centers.department();
        String calm = centers.calm();
        String late = centers.late();
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.go("/login?lang=es");
            browser.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/?department=" + URLEncoder.encode(department, StandardCharsets.UTF_8));
            browser.awaitText(By.id("shown"), "Centros 1 a 2 de 2");
            browser.driver.findElement(By.name("late")).click();
            new Select(browser.driver.findElement(By.id("sort")))
                    .selectByVisibleText("Hitos atrasados");
            new Select(browser.driver.findElement(By.id("dir")))
                    .selectByVisibleText("De mayor a menor");
            browser.driver.findElement(By.cssSelector("form.filters button")).click();
            browser.awaitText(By.id("shown"), "Centros 1 a 1 de 1");
            assertEquals(List.of(late), codes(browser));
            assertTrue(browser.driver.findElement(By.name("late")).isSelected());
            browser.assertAccessible("dashboard on a phone, filtered");
            assertEquals(0L, browser.sidewaysOverflow(), "no sideways scrolling");
            browser.screenshot("manager-dashboard-filtered-390x844");
            assertFalse(codes(browser).contains(calm));
        }
    }

    /** Two centers of a department no other test uses, one with a late milestone. */
    private record TwoCenters(String department, String calm, String late) {

        static TwoCenters oneLate() {
            String department = "Depto " + UUID.randomUUID();
            String calm = TestCenters.create(Map.of("department", department));
            String late = TestCenters.create(Map.of("department", department));
            TestMilestones.date(late, "EVALUATION_COMPLETED", "2021-01-29", null, null);
            return new TwoCenters(department, calm, late);
        }
    }

    /** The codes of the centers in the table, in its order. */
    private static List<String> codes(Browser browser) {
        return browser.driver.findElements(By.cssSelector("table.dashboard a.code")).stream()
                .map(a -> a.getText())
                .toList();
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

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.rehabtrack.system.SignedInAsManager;

/**
 * An administrator's work in Chromium: on a laptop in English, creating a user from the header's
 * Users link and then disabling it; on a phone in Spanish, the list of users.
 */
@QuarkusTest
class AdminBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anAdministratorCreatesAUserAndDisablesIt() throws Exception {
        String username = "mlopez" + System.nanoTime() % 100_000;
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn("admin", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/?lang=en");
            browser.driver.findElement(By.linkText("Users")).click();
            browser.driver.findElement(By.linkText("New user")).click();
            browser.driver.findElement(By.id("username")).sendKeys(username);
            browser.driver.findElement(By.id("displayName")).sendKeys("María López");
            new Select(browser.driver.findElement(By.id("role"))).selectByVisibleText("engineer");
            browser.screenshot("admin-new-user-1366x768");
            browser.driver
                    .findElement(By.id("password"))
                    .sendKeys("a long pass phrase for the field", Keys.ENTER);
            assertEquals(
                    "User created.", browser.driver.findElement(By.id("users-outcome")).getText());
            browser.assertAccessible("users, 1366, en");

            browser.driver.findElement(By.linkText(username)).click();
            browser.driver.findElement(By.name("enabled")).click();
            browser.driver.findElement(By.cssSelector("form.site button[type=submit]")).click();
            assertEquals("Saved.", browser.driver.findElement(By.id("user-outcome")).getText());
            browser.screenshot("admin-disables-user-1366x768");
        }
        given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/users")
                .then()
                .body("find { it.username == '" + username + "' }.enabled", equalTo(false))
                .body("find { it.username == '" + username + "' }.role", equalTo("ENGINEER"));
    }

    /** The longest user name allowed, 64 characters without a break, still fits a phone. */
    @Test
    void anAdministratorOnAPhoneReadsTheUsersInSpanish() throws Exception {
        String longest = ("u" + System.nanoTime() + "x".repeat(64)).substring(0, 64);
        given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(
                        java.util.Map.of(
                                "username",
                                longest,
                                "displayName",
                                "n".repeat(200),
                                "role",
                                "ENGINEER",
                                "password",
                                "a long pass phrase for the field"))
                .post("/api/users")
                .then()
                .statusCode(201);
        try (Browser browser = Browser.open(base, 360, 740)) {
            browser.signIn("admin", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/admin/users?lang=es");
            assertEquals("Usuarios", browser.driver.findElement(By.tagName("h1")).getText());
            assertEquals(0L, browser.sidewaysOverflow(), "no sideways scrolling");
        }
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn("admin", SignedInAsManager.DEMO_PASSWORD);
            browser.go("/admin/users?lang=es");
            browser.assertAccessible("users, 390, es");
            browser.screenshot("admin-users-es-390x844");
        }
    }
}

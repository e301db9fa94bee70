package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabtrack.security.SessionAuthenticationMechanism;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestPhotos;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestWorks;

/**
 * The offline forms (docs/field-data.md): an engineer on a phone opens a center while online, loses
 * the connection, logs a finding with two photos, reloads the page with no connection, and finds it
 * still waiting; when the connection returns it is sent by itself, once; sent again (its answer
 * lost), it creates nothing twice. On a laptop, in English, an evaluation saved offline is recorded
 * once the connection returns. Nothing the pages load comes from outside the application.
 */
@QuarkusTest
class OfflineFormsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aFindingWithTwoPhotosSavedOfflineIsSentOnceWhenTheConnectionReturns() throws Exception {
        String center = TestCenters.create();
        TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 50));
        String engineer = TestUsers.create("ENGINEER", null);
        String form = "/centers/" + center + "/findings/new";
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn(engineer, TestUsers.PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            awaitKeptForOffline(browser, form);
            assertNothingFromOutside(browser);

            browser.network(false);
            browser.go("/reports");
            assertTrue(
                    browser.driver.getTitle().startsWith("Sin conexión"),
                    "a page never opened is not there offline: " + browser.driver.getTitle());
            browser.go(form);
            new Select(browser.driver.findElement(By.id("category"))).selectByValue("ROOF");
            browser.driver.findElement(By.cssSelector("input[name=severity][value=HIGH]")).click();
            browser.driver.findElement(By.id("title")).sendKeys("Goteras sobre las camas");
            browser.driver.findElement(By.id("location")).sendKeys("Dormitorio 2");
            browser.driver
                    .findElement(By.id("photo"))
                    .sendKeys(
                            TestPhotos.jpegFile("IMG_3001.jpg")
                                    + "\n"
                                    + TestPhotos.jpegFile("IMG_3002.jpg"));
            save(browser);
            browser.awaitText(By.id("outbox-status"), "Por enviar: 1");
            browser.awaitText(
                    By.cssSelector(".offline-notice"),
                    "Guardado en este teléfono: se enviará cuando vuelva la conexión.");
            browser.assertAccessible("finding form saved offline, 390, es");
            browser.screenshot("offline-finding-saved-es-390x844");

            browser.reload();
            browser.awaitText(By.id("outbox-status"), "Por enviar: 1");
            assertEquals(0, findingsOf(center).size(), "nothing reached the service offline");
            browser.callback(
                    "const done = arguments[0];"
                            + "rehabtrackOutbox.records.all().then(all => {"
                            + " window.keptCopy = Object.assign({}, all[0]); delete window.keptCopy.id; done(); });");

            browser.network(true);
            awaitNothingWaiting(browser);
            List<Map<String, Object>> findings = findingsOf(center);
            assertEquals(1, findings.size());
            assertEquals("Goteras sobre las camas", findings.get(0).get("title"));
            assertEquals(2, ((List<?>) findings.get(0).get("photos")).size());

            // Its answer lost on the way, the phone sends the same record again: nothing twice.
            browser.callback(
                    "const done = arguments[0];"
                            + "rehabtrackOutbox.records.put(window.keptCopy)"
                            + ".then(() => rehabtrackOutbox.flush()).then(() => done());");
            awaitNothingWaiting(browser);
            findings = findingsOf(center);
            assertEquals(1, findings.size());
            assertEquals(2, ((List<?>) findings.get(0).get("photos")).size());
        }
    }

    @Test
    void anEvaluationSavedOfflineOnALaptopIsRecordedWhenTheConnectionReturns() throws Exception {
        String center = TestCenters.create();
        String engineer = TestUsers.create("ENGINEER", null);
        String form = "/centers/" + center + "/evaluations/new";
        try (Browser browser = Browser.open(base, 1366, 768)) {
            browser.signIn(engineer, TestUsers.PASSWORD);
            browser.go("/centers/" + center + "?lang=en");
            awaitKeptForOffline(browser, form);

            browser.network(false);
            browser.go(form);
            new Select(browser.driver.findElement(By.id("kind"))).selectByValue("FOLLOW_UP");
            browser.driver.findElement(By.id("leadEngineer")).sendKeys("Eng. Offline");
            browser.driver.findElement(By.id("personsDesignCapacity")).sendKeys("120");
            save(browser);
            browser.awaitText(By.id("outbox-status"), "Waiting to send: 1");
            browser.go("/outbox");
            browser.awaitText(By.cssSelector("#outbox-list .outbox-state"), "Waiting to send");
            browser.assertAccessible("outbox, 1366, en");
            browser.screenshot("offline-outbox-en-1366x768");
            assertEquals(0, evaluationsOf(center).size());

            browser.network(true);
            awaitNothingWaiting(browser);
            List<Map<String, Object>> evaluations = evaluationsOf(center);
            assertEquals(1, evaluations.size());
            assertEquals("FOLLOW_UP", evaluations.get(0).get("kind"));
            assertEquals("Eng. Offline", evaluations.get(0).get("leadEngineer"));
        }
    }

    @Test
    void progressRefusedOnArrivalStaysOnThePhoneToBeCorrectedOrDiscarded() throws Exception {
        String center = TestCenters.create();
        long workPackage = TestWorks.underWay(center, "WP-OFF", List.of());
        String engineer = TestUsers.create("ENGINEER", null);
        String form = "/centers/" + center + "/work-packages/" + workPackage + "/progress";
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn(engineer, TestUsers.PASSWORD);
            browser.go("/centers/" + center + "?lang=es");
            awaitKeptForOffline(browser, form);

            browser.network(false);
            for (String percent : List.of("30", "35")) {
                browser.go(form);
                browser.driver.findElement(By.id("percentComplete")).sendKeys(percent);
                browser.driver
                        .findElement(By.id("note"))
                        .sendKeys("Avance sin conexión " + percent);
                save(browser);
                browser.awaitText(
                        By.id("outbox-status"), "Por enviar: " + (percent.equals("30") ? 1 : 2));
            }
            // Meanwhile, someone with a connection reports more progress: both are now too low.
            given().contentType("application/json")
                    .body(
                            Map.of(
                                    "date",
                                    java.time.LocalDate.now().toString(),
                                    "percentComplete",
                                    60,
                                    "note",
                                    "Informe de la supervisión"))
                    .post("/api/work-packages/{id}/progress", workPackage)
                    .then()
                    .statusCode(201);

            browser.network(true);
            browser.awaitText(By.id("outbox-status"), "Por corregir: 2");
            browser.go("/outbox");
            browser.awaitText(
                    By.cssSelector("#outbox-list li:first-child .outbox-state"),
                    "Rechazado: corríjalo o descártelo");
            assertTrue(
                    browser.driver
                            .findElement(By.cssSelector("#outbox-list li:first-child ul.error"))
                            .getText()
                            .contains("60"),
                    "the service's reason names the last reported progress");
            browser.assertAccessible("outbox with refused records, 390, es");
            browser.screenshot("offline-outbox-refused-es-390x844");

            browser.click(By.cssSelector("#outbox-list li:first-child a.button"));
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(
                            d ->
                                    "30"
                                            .equals(
                                                    d.findElement(By.id("percentComplete"))
                                                            .getAttribute("value")));
            browser.driver
                    .findElement(By.id("correctionReason"))
                    .sendKeys("Corrige el informe anterior");
            save(browser);
            browser.awaitText(By.id("outbox-status"), "Por corregir: 1");

            browser.go("/outbox");
            browser.click(By.cssSelector("#outbox-list li:first-child button"));
            browser.driver.switchTo().alert().accept();
            awaitNothingWaiting(browser);
        }
        List<Map<String, Object>> reports =
                given().get("/api/work-packages/{id}/progress", workPackage)
                        .jsonPath()
                        .getList("$");
        assertEquals(2, reports.size(), reports.toString());
        assertTrue(reports.stream().anyMatch(r -> "Avance sin conexión 30".equals(r.get("note"))));
        assertTrue(reports.stream().noneMatch(r -> "Avance sin conexión 35".equals(r.get("note"))));
    }

    @Test
    void aSignedOutEngineersRecordIsSentAfterTheirNextSignInAndAsThemOnly() throws Exception {
        String center = TestCenters.create();
        TestEvaluations.create(center, "INITIAL", Map.of());
        String engineer = TestUsers.create("ENGINEER", null);
        String colleague = TestUsers.create("ENGINEER", null);
        String form = "/centers/" + center + "/findings/new";
        try (Browser browser = Browser.open(base, 390, 844)) {
            browser.signIn(engineer, TestUsers.PASSWORD);
            browser.go("/centers/" + center + "?lang=en");
            awaitKeptForOffline(browser, form);
            browser.network(false);
            browser.go(form);
            new Select(browser.driver.findElement(By.id("category"))).selectByValue("SANITATION");
            browser.driver
                    .findElement(By.cssSelector("input[name=severity][value=MEDIUM]"))
                    .click();
            browser.driver.findElement(By.id("title")).sendKeys("Blocked drain");
            save(browser);
            browser.awaitText(By.id("outbox-status"), "Waiting to send: 1");

            // The session expires while offline; the connection returns: nothing can be sent.
            browser.driver.manage().deleteCookieNamed(SessionAuthenticationMechanism.COOKIE);
            browser.network(true);
            browser.callback(
                    "const done = arguments[0]; rehabtrackOutbox.flush().then(() => done());");
            assertEquals(0, findingsOf(center).size());

            // Another engineer signs in on the same phone: the record is not sent as them.
            browser.signIn(colleague, TestUsers.PASSWORD);
            browser.go("/outbox");
            browser.awaitText(
                    By.cssSelector("#outbox-list .outbox-state"),
                    "Waits for " + engineer + " to sign in on this phone");
            browser.callback(
                    "const done = arguments[0]; rehabtrackOutbox.flush().then(() => done());");
            assertEquals(0, findingsOf(center).size());
            browser.driver
                    .findElement(By.cssSelector("header.site form[action='/logout'] button"))
                    .click();

            browser.signIn(engineer, TestUsers.PASSWORD);
            awaitNothingWaiting(browser);
        }
        List<Map<String, Object>> findings = findingsOf(center);
        assertEquals(1, findings.size());
        List<Map<String, Object>> history =
                given().get("/api/centers/{code}/history", center).jsonPath().getList("$");
        assertTrue(
                history.stream()
                        .anyMatch(
                                e ->
                                        "Finding".equals(e.get("record"))
                                                && engineer.equals(e.get("user"))),
                history.toString());
        assertTrue(history.stream().noneMatch(e -> colleague.equals(e.get("user"))));
    }

    /**
     * Waits until the service worker is active (the next page loaded goes through it) and the form
     * is kept for offline use.
     */
    private static void awaitKeptForOffline(Browser browser, String form) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .withMessage(
                        () ->
                                form
                                        + " was not kept for offline use: "
                                        + browser.callback(
                                                "const done = arguments[0];"
                                                        + "caches.keys().then(names => Promise.all(names.map(n => caches.open(n)"
                                                        + ".then(c => c.keys()).then(r => n + ': ' + r.map(x => x.url)))))"
                                                        + ".then(all => navigator.serviceWorker.getRegistration().then(r => done('controlled ' + !!navigator.serviceWorker.controller"
                                                        + " + ' registration ' + (r ? [r.scope, r.active && r.active.state, r.waiting && r.waiting.state, r.installing && r.installing.state] : 'none')"
                                                        + " + ' page ' + location.href + '; ' + all.join(' | '))),"
                                                        + " e => done(String(e)));"))
                .until(
                        d ->
                                Boolean.TRUE.equals(
                                        browser.callback(
                                                "const done = arguments[arguments.length - 1];"
                                                        + "navigator.serviceWorker.getRegistration().then(r => {"
                                                        + " if (!r || !r.active || r.active.state !== 'activated') { done(false); return; }"
                                                        + " caches.match(arguments[0], {cacheName: 'rehabtrack-pages'})"
                                                        + " .then(kept => done(!!kept), () => done(false)); });",
                                                form)));
    }

    /**
     * Clicks an element of the outbox's list, which the page draws again when a send it started on
     * loading ends: an element found just before may go stale, and is found again.
     */
    private static void clickOnceSettled(Browser browser, By by) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d -> {
                            d.findElement(by).click();
                            return true;
                        });
    }

    /** Presses the offline form's button. */
    private static void save(Browser browser) {
        browser.driver
                .findElement(By.cssSelector("form[data-offline] button[type=submit]"))
                .click();
    }

    /** Waits until the header says nothing waits to be sent. */
    private static void awaitNothingWaiting(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(45))
                .withMessage("records still waiting on the phone")
                .until(
                        d ->
                                Long.valueOf(0)
                                        .equals(
                                                browser.callback(
                                                        "const done = arguments[0];"
                                                                + "rehabtrackOutbox.records.all().then(all => done(all.length));")));
    }

    /** Every file the page loaded came from the application itself. */
    private void assertNothingFromOutside(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> loaded =
                (List<String>)
                        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                                .executeScript(
                                        "return performance.getEntriesByType('resource').map(e => e.name)"
                                                + ".concat([...document.querySelectorAll('link[href], script[src], img[src]')]"
                                                + ".map(e => e.href || e.src));");
        String origin = base.getProtocol() + "://" + base.getAuthority() + "/";
        assertTrue(loaded.size() > 3, loaded.toString());
        for (String url : loaded) {
            assertTrue(url.startsWith(origin), url + " comes from outside the application");
        }
    }

    private static List<Map<String, Object>> findingsOf(String center) {
        return given().get("/api/centers/{code}/findings", center).jsonPath().getList("$");
    }

    private static List<Map<String, Object>> evaluationsOf(String center) {
        return given().get("/api/centers/{code}/evaluations", center).jsonPath().getList("$");
    }
}

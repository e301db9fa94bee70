package org.rehabtrack.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver (both installed by .ci/run):
 * nothing is downloaded, and Chromium's own calls home are turned off. Each test signs in through
 * the real form and saves screenshots under target/screenshots.
 *
 * <p>Whatever a page's layout depends on is pinned here rather than inherited from the machine, so
 * that a test gives the same answer everywhere: the window size; classic scrollbars, which take
 * room from the page (overlay scrollbars, the default of some machines, take none and hid pages
 * wider than a 360 px phone); the fonts (DejaVu, installed by .ci/run); the language of the browser
 * (English, so a page's language comes from the application's choice alone); and the time zone (the
 * application's, America/Tegucigalpa).
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** The zone the application takes "today" in (rehabtrack.time-zone), and the browser's too. */
    static final String TIME_ZONE = "America/Tegucigalpa";

    /** The fonts every page is drawn with, from Debian's fonts-dejavu-core. */
    private static final String SANS = "DejaVu Sans";

    /** The impacts of axe-core's findings that fail a test. */
    private static final Set<String> SERIOUS = Set.of("serious", "critical");

    final WebDriver driver;
    private final URL base;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    /** A browser window of the given size: 1366x768 for an office laptop, 390x844 for a phone. */
    static Browser open(URL base, int width, int height) {
        return open(base, width, height, null);
    }

    /** A browser window that saves downloads in a folder. */
    static Browser open(URL base, int width, int height, Path downloads) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException(
                    "Browser tests need Debian's chromium and chromium-driver"
                            + " (apt-get install chromium chromium-driver); .ci/run installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--disable-features=OverlayScrollbar,OverlayScrollbars,FluentOverlayScrollbar",
                "--lang=en-US",
                "--font-render-hinting=none",
                "--force-device-scale-factor=1");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", "en-US,en");
        prefs.put("webkit.webprefs.fonts.standard.Zyyy", SANS);
        prefs.put("webkit.webprefs.fonts.sansserif.Zyyy", SANS);
        prefs.put("webkit.webprefs.fonts.serif.Zyyy", "DejaVu Serif");
        prefs.put("webkit.webprefs.fonts.fixed.Zyyy", "DejaVu Sans Mono");
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            // A second download from the same site would otherwise wait for a permission.
            prefs.put("profile.default_content_setting_values.automatic_downloads", 1);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                        .usingAnyFreePort()
                        .withEnvironment(
                                Map.of("TZ", TIME_ZONE, "LANG", "en_US.UTF-8", "LANGUAGE", "en"))
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, base);
    }

    /**
     * Waits until the element says {@code expected}: after a click that loads the next page, an
     * element of the same id on the page being left may still be found, or go stale as it is read.
     */
    void awaitText(By by, String expected) {
        String[] seen = {null};
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                // stale, missing, or "does not belong to the document" while the next page loads
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .withMessage(() -> by + " says " + seen[0] + ", not " + expected)
                .until(d -> expected.equals(seen[0] = d.findElement(by).getText()));
    }

    /**
     * Clicks what leads to the next page and waits until the page it was on is gone: an outcome the
     * next page shares with this one could otherwise be read before the click took effect.
     */
    void clickToNextPage(WebElement control) {
        WebElement page = driver.findElement(By.tagName("html"));
        control.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    /**
     * The file of a download folder whose name matches, once the browser has finished saving it (30
     * s at most; a file still being saved has another name).
     */
    static java.util.Optional<Path> downloaded(Path folder, String name) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                java.util.Optional<Path> file =
                        files.filter(f -> f.getFileName().toString().matches(name)).findFirst();
                if (file.isPresent() || java.time.Instant.now().isAfter(deadline)) {
                    return file;
                }
            }
            Thread.sleep(250);
        }
    }

    /** How many pixels the page is wider than the window: more than 0 when it scrolls sideways. */
    long sidewaysOverflow() {
        return ((Number)
                        ((org.openqa.selenium.JavascriptExecutor) driver)
                                .executeScript(
                                        "return document.documentElement.scrollWidth"
                                                + " - document.documentElement.clientWidth"))
                .longValue();
    }

    /**
     * How wide the vertical scrollbar of a page taller than the window is: more than 0 when
     * scrollbars are classic, as pinned above. Tests of page widths check it, so that they cannot
     * pass by drawing overlay scrollbars.
     */
    int scrollbarWidth() {
        return ((Number)
                        ((org.openqa.selenium.JavascriptExecutor) driver)
                                .executeScript(
                                        "const probe = document.createElement('div');"
                                                + "probe.style.cssText = 'position:absolute;top:0;width:100px;height:100px;overflow:scroll';"
                                                + "document.body.appendChild(probe);"
                                                + "const width = probe.offsetWidth - probe.clientWidth; probe.remove(); return width;"))
                .intValue();
    }

    /**
     * Switches the network off or on, as DevTools' network emulation does, for the page and for
     * every service worker of the browser: a page's emulation does not reach the worker that
     * fetches on its behalf, so each worker's target is attached and told as well (through
     * Target.sendMessageToTarget, the one way a WebDriver session's DevTools commands reach another
     * target). {@code navigator.onLine} follows, and the page hears "online" again.
     */
    void network(boolean on) {
        Map<String, Object> conditions =
                Map.of(
                        "offline",
                        !on,
                        "latency",
                        0,
                        "downloadThroughput",
                        -1,
                        "uploadThroughput",
                        -1);
        ChromeDriver chrome = (ChromeDriver) driver;
        offline = !on;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> targets =
                (List<Map<String, Object>>)
                        chrome.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
        for (Map<String, Object> target : targets) {
            if (!"service_worker".equals(target.get("type"))) {
                continue;
            }
            String id = (String) target.get("targetId");
            String session =
                    workerSessions.computeIfAbsent(
                            id,
                            t ->
                                    (String)
                                            chrome.executeCdpCommand(
                                                            "Target.attachToTarget",
                                                            Map.of("targetId", t, "flatten", false))
                                                    .get("sessionId"));
            for (String command :
                    List.of(
                            "Network.enable\",\"params\":{}",
                            "Network.emulateNetworkConditions\",\"params\":{\"offline\":"
                                    + !on
                                    + ",\"latency\":0,\"downloadThroughput\":-1,\"uploadThroughput\":-1}")) {
                // the worker's own Network domain must be on for the emulation to hold there
                String message = "{\"id\":" + nextCommand++ + ",\"method\":\"" + command + "}";
                chrome.executeCdpCommand(
                        "Target.sendMessageToTarget",
                        Map.of("sessionId", session, "message", message));
            }
        }
    }

    /** Runs a script that calls its last argument back when done, and answers what it gave. */
    Object callback(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /**
     * Opens a page and waits until its document is whole: a navigation the service worker answers
     * can hand the page over while a large one is still being read (seen on the funding page of a
     * database of hundreds of grants).
     */
    void go(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(
                        d ->
                                "complete"
                                        .equals(
                                                ((org.openqa.selenium.JavascriptExecutor) d)
                                                        .executeScript(
                                                                "return document.readyState")));
        stillOffline();
    }

    /**
     * Clicks what the selector finds, finding it again if a script drew it anew in between (the
     * outbox draws its list again when its records change, just after the page loads).
     */
    void click(By by) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d -> {
                            d.findElement(by).click();
                            return true;
                        });
    }

    /** Loads the page again, as its user would with the browser's button. */
    void reload() {
        driver.navigate().refresh();
        stillOffline();
    }

    private void stillOffline() {
        if (offline) {
            ((ChromeDriver) driver)
                    .executeCdpCommand(
                            "Network.emulateNetworkConditions",
                            Map.of(
                                    "offline",
                                    true,
                                    "latency",
                                    0,
                                    "downloadThroughput",
                                    -1,
                                    "uploadThroughput",
                                    -1));
        }
    }

    /** Signs in through the sign-in form. */
    void signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        // Signed in once the page after the redirect names the user: waits for it (implicitly),
        // so that the next navigation carries the session cookie.
        driver.findElement(By.cssSelector("header.site .user"));
    }

    /**
     * The serious and critical violations that Deque's axe-core rules find on the page shown, one
     * line each with the rule, its help text and the first element concerned; empty when none.
     */
    List<String> accessibilityProblems() {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> SERIOUS.contains(rule.getImpact()))
                .map(
                        rule ->
                                rule.getImpact()
                                        + " "
                                        + rule.getId()
                                        + " ("
                                        + rule.getHelp()
                                        + ") on "
                                        + rule.getNodes().size()
                                        + " element(s), first "
                                        + rule.getNodes().get(0).getTarget())
                .toList();
    }

    /** Fails when axe-core finds a serious or critical violation on the page shown. */
    void assertAccessible(String page) {
        List<String> problems = accessibilityProblems();
        if (!problems.isEmpty()) {
            throw new AssertionError(page + ":\n" + String.join("\n", problems));
        }
    }

    /** Saves a screenshot as target/screenshots/{name}.png. */
    Path screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    /** Scrolls a part of the page to the top of the window and saves a screenshot of the window. */
    Path screenshotOf(String name, String cssSelector) throws IOException {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView(true)",
                        driver.findElement(By.cssSelector(cssSelector)));
        return screenshot(name);
    }

    /** The DevTools sessions of the service workers {@link #network} attached, by target. */
    private final Map<String, String> workerSessions = new HashMap<>();

    private int nextCommand = 1;

    /** Whether {@link #network} switched the network off. */
    private boolean offline;

    @Override
    public void close() {
        driver.quit();
    }
}

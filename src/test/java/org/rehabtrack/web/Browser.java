package org.rehabtrack.web;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver (both installed by .ci/run):
 * nothing is downloaded, and Chromium's own calls home are turned off. Each test signs in through
 * the real form and saves screenshots under target/screenshots.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

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
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver); .ci/run installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
                    downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, base);
    }

    void go(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
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

    /** Saves a screenshot as target/screenshots/{name}.png. */
    Path screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    /** Scrolls a part of the page to the top of the window and saves a screenshot of the window. */
    Path screenshotOf(String name, String cssSelector) throws IOException {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)",
                driver.findElement(By.cssSelector(cssSelector)));
        return screenshot(name);
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package org.rehabtrack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accessibility check that the browser tests run on every page finds what it should. */
class AccessibilityCheckTest {

    private static void show(Browser browser, String html) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript(
                        "document.open(); document.write(arguments[0]); document.close();", html);
    }

    @Test
    void aPictureWithoutTextAndAnUnnamedButtonAreFoundAndAPlainPageIsNot() throws Exception {
        try (Browser browser = Browser.open(new URL("http://localhost/"), 390, 844)) {
            browser.driver.get("about:blank");
            show(
                    browser,
                    "<!doctype html><html lang=en><head><title>t</title></head><body><main>"
                            + "<h1>Plain</h1><p>Text.</p></main></body></html>");
            assertEquals(List.of(), browser.accessibilityProblems());

            show(
                    browser,
                    "<!doctype html><html lang=en><head><title>t</title></head><body><main>"
                            + "<h1>Broken</h1><img src='x.png'><button></button></main></body></html>");
            List<String> problems = browser.accessibilityProblems();
            assertTrue(
                    problems.stream().anyMatch(p -> p.contains("image-alt")), problems.toString());
            assertTrue(
                    problems.stream().anyMatch(p -> p.contains("button-name")),
                    problems.toString());
        }
    }
}

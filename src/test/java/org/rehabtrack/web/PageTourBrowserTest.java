package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestProjects;
import org.rehabtrack.system.TestUsers;

/**
 * Every demo user walks through the pages they may use, in both languages, on an office laptop
 * (1366x768) and on phones (390x844, 360x740): each page answers in the language asked, shows no
 * message key instead of a text, fetches nothing from outside the application, fits the phone's
 * width without sideways scrolling, and shows the forms of the user's role and no others.
 */
@QuarkusTest
class PageTourBrowserTest {

    /**
     * A message key left in the page, such as {@code center.noRate} or {@code finding.status.OPEN}.
     */
    private static final Pattern KEY =
            Pattern.compile(
                    "\\b(page|center|finding|progress|report|reports|dashboard|layout|role|works|history|evaluation"
                            + "|agreement|commitment|project|signIn|standard|budget|milestone|phase)\\.[a-zA-Z]+[a-zA-Z._]*\\b");

    /** What a finger must be able to hit on a phone. */
    private static final String TOUCH_TARGETS =
            "header.site a, nav.on-page a, main a.button, main button, header.site button,"
                    + " input[type=date], main summary, label.choice";

    private record Stop(String path, String heading) {}

    /**
     * What each role visits: centers of the test's own, with records of every kind (sps, omoa,
     * belen), and the progress form of a package under way.
     */
    private static Map<String, List<Stop>> tours(
            String sps,
            String omoa,
            String belen,
            long packageUnderWay,
            long milestone,
            long spsAgreement,
            long belenAgreement,
            long spsFinding,
            long spsEvaluation) {
        return Map.of(
                "manager",
                        List.of(
                                new Stop("/", "h1"),
                                new Stop("/centers/" + sps, "#milestones-heading"),
                                new Stop("/centers/" + sps + "/findings/new", "form.site"),
                                new Stop("/centers/new", "form.site"),
                                new Stop("/centers/" + sps + "/edit", "form.site"),
                                new Stop("/centers/" + sps + "/phase", "form.site"),
                                new Stop("/centers/" + sps + "/milestones/new", "form.site"),
                                new Stop("/centers/" + sps + "/project", "#decision-heading"),
                                new Stop("/centers/" + sps + "/work-packages/new", "form.site"),
                                new Stop(
                                        "/centers/" + sps + "/findings/" + spsFinding,
                                        "#move-heading"),
                                new Stop("/centers/" + sps + "/evaluations/new", "form.site"),
                                new Stop(
                                        "/centers/" + sps + "/work-packages/" + packageUnderWay,
                                        "#changes-heading"),
                                new Stop("/centers/" + sps + "/agreements/new", "form.site"),
                                new Stop(
                                        "/centers/" + sps + "/agreements/" + spsAgreement,
                                        "#add-commitment-heading"),
                                new Stop(
                                        "/centers/" + sps + "/agreements/" + spsAgreement + "/edit",
                                        "form.site"),
                                new Stop(
                                        "/centers/" + sps + "/milestones/" + milestone,
                                        "form.site"),
                                new Stop("/funding", "#rates-heading"),
                                new Stop("/reports", "form.reports")),
                "engineer",
                        List.of(
                                new Stop("/", "h1"),
                                new Stop("/centers/" + omoa, "#works-heading"),
                                new Stop("/centers/" + omoa + "/findings/new", "form.site"),
                                new Stop(
                                        "/centers/" + sps + "/findings/" + spsFinding,
                                        "#photos-heading"),
                                new Stop(
                                        "/centers/" + sps + "/evaluations/" + spsEvaluation,
                                        "#checks-heading"),
                                new Stop(
                                        "/centers/" + sps + "/milestones/" + milestone,
                                        "#moves-heading"),
                                new Stop(
                                        "/centers/"
                                                + sps
                                                + "/work-packages/"
                                                + packageUnderWay
                                                + "/progress",
                                        "form.site")),
                "donor",
                        List.of(
                                new Stop("/", "h1"),
                                new Stop("/centers/" + sps, "#budget-heading"),
                                new Stop("/centers/" + sps + "/project", "#boq-heading"),
                                new Stop(
                                        "/centers/" + sps + "/work-packages/" + packageUnderWay,
                                        "#payments-heading"),
                                new Stop("/reports", "form.reports")),
                "partner",
                        List.of(
                                new Stop("/", "h1"),
                                new Stop("/centers/" + belen, "#agreements-heading"),
                                new Stop(
                                        "/centers/" + belen + "/agreements/" + belenAgreement,
                                        "#commitments-heading"),
                                new Stop("/reports", "form.reports")),
                "admin",
                        List.of(
                                new Stop("/", "h1"),
                                new Stop("/centers/" + belen, "#history-heading"),
                                new Stop("/reports", "form.reports"),
                                new Stop("/admin/users", "table.users"),
                                new Stop("/admin/users/new", "form.site"),
                                new Stop("/admin/backup", "form.site")));
    }

    /**
     * An office laptop, the phone of the acceptance, and the narrowest phone the pages are made
     * for.
     */
    private static final int[][] SIZES = {{1366, 768}, {390, 844}, {360, 740}};

    @TestHTTPResource("/")
    URL base;

    /** The center's agreement, given a commitment so that its page shows one: answers its id. */
    private static long withACommitment(String center) {
        JsonPath agreement =
                given().get("/api/centers/{code}/agreements", center).then().extract().jsonPath();
        long id = agreement.getLong("[0].id");
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "partner",
                                agreement.getString("[0].parties[0]"),
                                "kind",
                                "PROVIDE_BUILDING",
                                "description",
                                "El inmueble de la antigua escuela, por diez años",
                                "dueDate",
                                "2020-01-31"))
                .post("/api/agreements/{id}/commitments", id)
                .then()
                .statusCode(201);
        return id;
    }

    /**
     * One role's tour: a test of its own for each role, so that each reports on its own and none
     * runs for long on the large database of a whole test run.
     */
    @ParameterizedTest
    @ValueSource(strings = {"manager", "engineer", "donor", "partner", "admin"})
    void everyUserSeesEveryPageInBothLanguagesAtEverySize(String role) throws Exception {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        String sps = TestCenters.withRecords();
        String omoa = TestCenters.withRecords();
        String belen = TestCenters.withRecords();
        long underWay =
                given().get("/api/centers/{code}/work-packages", sps)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("[0].id");
        long milestone = TestCenters.milestoneId(sps, "WORKS_STARTED");
        TestProjects.draft(sps, TestProjects.roofChapters());
        long spsAgreement = withACommitment(sps);
        long belenAgreement = withACommitment(belen);
        Map<String, List<Stop>> tours =
                tours(
                        sps,
                        omoa,
                        belen,
                        underWay,
                        milestone,
                        spsAgreement,
                        belenAgreement,
                        given().get("/api/centers/{code}/findings", sps)
                                .then()
                                .extract()
                                .jsonPath()
                                .getLong("[0].id"),
                        given().get("/api/centers/{code}/evaluations", sps)
                                .then()
                                .extract()
                                .jsonPath()
                                .getLong("[0].id"));
        // The donor funds sps, the partner is party to belen's agreement: users of the test's own.
        String user =
                switch (role) {
                    case "donor" -> TestUsers.donorFunding(sps).username();
                    case "partner" -> TestUsers.partnerOf(belen).username();
                    default -> role;
                };
        List<Stop> stops = tours.get(role);
        for (int[] size : SIZES) {
            try (Browser browser = Browser.open(base, size[0], size[1])) {
                browser.signIn(
                        user,
                        user.equals(role) ? SignedInAsManager.DEMO_PASSWORD : TestUsers.PASSWORD);
                assertTrue(
                        browser.scrollbarWidth() > 0,
                        "classic scrollbars, which take room from the page");
                for (String lang : List.of("es", "en")) {
                    for (Stop stop : stops) {
                        browser.go(stop.path() + "?lang=" + lang);
                        check(browser, role, stop, lang, size[0], problems);
                        pages++;
                    }
                }
                browser.go(stops.get(1).path());
                browser.screenshot(role + "-center-" + size[0] + "x" + size[1]);
                String section = stops.get(1).heading();
                browser.screenshotOf(
                        role + "-section-" + size[0] + "x" + size[1],
                        "section:has(> " + section + ")");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(SIZES.length * 2 * stops.size(), pages);
    }

    /** Keeps what the browser drew of a page that failed a check, to read after the run. */
    private static String keep(Browser browser, String where) {
        try {
            String name = "tour-" + where.replaceAll("[^A-Za-z0-9]+", "-");
            java.nio.file.Path html =
                    java.nio.file.Files.createDirectories(
                                    java.nio.file.Path.of("target", "screenshots"))
                            .resolve(name + ".html");
            java.nio.file.Files.writeString(html, browser.driver.getPageSource());
            browser.screenshot(name);
            return html.toString();
        } catch (java.io.IOException | RuntimeException e) {
            return "not kept: " + e;
        }
    }

    private static boolean present(JavascriptExecutor js, String selector) {
        return (Boolean)
                js.executeScript("return document.querySelector(arguments[0]) !== null", selector);
    }

    private void check(
            Browser browser,
            String user,
            Stop stop,
            String lang,
            int width,
            List<String> problems) {
        String where = user + " " + stop.path() + " " + lang + " " + width + ": ";
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        if (!present(js, stop.heading())) {
            problems.add(
                    where
                            + "no "
                            + stop.heading()
                            + " ("
                            + browser.driver.getTitle()
                            + "; the page as drawn: "
                            + keep(browser, where)
                            + ")");
            return;
        }
        if (!lang.equals(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            problems.add(where + "not in " + lang);
        }
        Matcher key = KEY.matcher(browser.driver.findElement(By.tagName("body")).getText());
        if (key.find()) {
            problems.add(where + "message key shown: " + key.group());
        }
        Object outside =
                js.executeScript(
                        "return performance.getEntriesByType('resource').map(e => e.name)"
                                + ".filter(n => !n.startsWith(location.origin)).join(' ')");
        if (!"".equals(outside)) {
            problems.add(where + "fetched from outside: " + outside);
        }
        long overflow = browser.sidewaysOverflow();
        if (overflow > 0) {
            problems.add(where + "wider than the window by " + overflow + " px");
        }
        if (width != 360) {
            browser.accessibilityProblems().forEach(problem -> problems.add(where + problem));
        } else {
            Object small =
                    js.executeScript(
                            "return [...document.querySelectorAll(arguments[0])]"
                                    + ".filter(e => e.offsetParent !== null)"
                                    + ".filter(e => { const r = e.getBoundingClientRect();"
                                    + " return r.width < 44 || r.height < 44; })"
                                    + ".map(e => e.outerHTML.slice(0, 80)).join(' | ')",
                            TOUCH_TARGETS);
            if (!"".equals(small)) {
                problems.add(where + "smaller than 44 by 44 px: " + small);
            }
            // A chart's text is 12 of its drawing's units, drawn at the scale the page gives it.
            Object tinyText =
                    js.executeScript(
                            "return [...document.querySelectorAll('figure.chart svg')]"
                                    + ".filter(svg => svg.getBoundingClientRect().width > 0)"
                                    + ".map(svg => 12 * svg.getBoundingClientRect().width"
                                    + " / svg.viewBox.baseVal.width)"
                                    + ".filter(px => px < 11).join(' ')");
            if (!"".equals(tinyText)) {
                problems.add(where + "chart text smaller than 11 px: " + tinyText);
            }
        }
        // Looked up by script: an absent element would make the driver wait its implicit timeout.
        boolean milestoneForms = present(js, "form.milestone");
        if (milestoneForms && !"manager".equals(user)) {
            problems.add(where + "milestone forms shown to " + user);
        }
        boolean managerLinks =
                present(
                        js,
                        "a[href='/centers/new'], a[href$='/edit'], a[href$='/phase'],"
                                + " a[href$='/agreements/new'], a[href$='/work-packages/new'],"
                                + " a[href='/funding']");
        if (managerLinks && !"manager".equals(user)) {
            problems.add(where + "a manager's links shown to " + user);
        }
        boolean adminLinks = present(js, "a[href='/admin/users']");
        if (adminLinks != "admin".equals(user)) {
            problems.add(
                    where + "the users link " + (adminLinks ? "shown to " : "hidden from ") + user);
        }
        boolean siteForms =
                present(
                        js,
                        "a[href$='/findings/new'], form.verify, a[href$='/evaluations/new'],"
                                + " form[action$='/photos'], form[action$='/status']");
        assertFalse(
                siteForms && !List.of("manager", "engineer").contains(user),
                where + "site forms shown");
    }
}

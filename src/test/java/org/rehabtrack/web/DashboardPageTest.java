package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestMilestones;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestWorks;

@QuarkusTest
class DashboardPageTest {

    /**
     * A department no other test's center is in: the dashboard shows every test's centers, fifty a
     * page, so a test looks at its own through this filter.
     */
    private static String department() {
        return "Depto " + UUID.randomUUID();
    }

    /**
     * A center in works, red for an open critical finding, with a package planned (so a progress of
     * 0 %), named as the given name, in a department.
     */
    private static String redCenterInWorks(String name, String department) {
        String code =
                TestCenters.create(
                        Map.of("phase", "WORKS", "name", name, "department", department));
        TestEvaluations.finding(
                TestEvaluations.create(code, "INITIAL", Map.of("personsDesignCapacity", 50)),
                "CRITICAL");
        TestWorks.planned(code, "WP-01", List.of());
        return code;
    }

    @Test
    void showsEveryCenterWithItsPhaseStepsProgressAndStatus() {
        String department = department();
        String works =
                redCenterInWorks(
                        "Centro de Atención para Niñez y Familias Migrantes Belén", department);
        TestSessions.page("manager")
                .accept("text/html")
                .queryParam("department", department)
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("lang=\"en\""))
                .body(containsString(works))
                .body(containsString("Centro de Atención para Niñez y Familias Migrantes Belén"))
                .body(containsString("<span class=\"phase-name\">Works</span>"))
                .body(containsString("aria-current=\"step\""))
                .body(containsString("<progress max=\"100\""))
                .body(containsString("class=\"rag rag-RED\""))
                .body(containsString("manager (manager)"));
    }

    @Test
    void speaksSpanishWhenTheBrowserAsksAndRemembersALanguageChosen() {
        String department = department();
        redCenterInWorks("Centro en obras", department);
        // The same center's row drawn first in English: each language keeps its own.
        TestSessions.page("manager")
                .queryParam("department", department)
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<span class=\"phase-name\">Works</span>"));
        TestSessions.page("manager")
                .header("Accept-Language", "es-HN")
                .queryParam("department", department)
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<span class=\"phase-name\">Obras</span>"))
                .body(containsString("Tablero"))
                .body(containsString("Centros 1 a 1 de 1"));
        String chosen =
                TestSessions.page("manager")
                        .queryParam("lang", "es")
                        .get("/")
                        .then()
                        .body(containsString("lang=\"es\""))
                        .extract()
                        .cookie(Page.LANG_COOKIE);
        TestSessions.page("manager")
                .cookie(Page.LANG_COOKIE, chosen)
                .header("Accept-Language", "en")
                .get("/")
                .then()
                .body(containsString("lang=\"es\""));
    }

    @Test
    void filtersByPhaseAndStatus() {
        String department = department();
        String partnership =
                TestCenters.create(Map.of("phase", "PARTNERSHIP", "department", department));
        String works = redCenterInWorks("Centro en obras", department);
        TestSessions.page("manager")
                .queryParam("department", department)
                .queryParam("phase", "PARTNERSHIP")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(partnership))
                .body(not(containsString(works)));
        TestSessions.page("manager")
                .queryParam("department", department)
                .queryParam("status", "GREEN")
                .queryParam("phase", "WORKS")
                .get("/")
                .then()
                .statusCode(200)
                .body(not(containsString(works)))
                .body(containsString("No center matches these filters."));
        TestSessions.page("manager")
                .queryParam("department", department)
                .queryParam("phase", "NOT-A-PHASE")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(works))
                .body(containsString(partnership));
    }

    @Test
    void filtersByLateMilestonesAndOpenCriticalFindingsWithTotalsOfTheCentersLetThrough() {
        String department = department();
        String late = TestCenters.create(Map.of("department", department));
        TestMilestones.date(late, "EVALUATION_COMPLETED", "2021-01-29", null, null);
        String critical = redCenterInWorks("Centro con hallazgo crítico", department);
        String calm = TestCenters.create(Map.of("department", department));
        TestSessions.page("manager")
                .queryParam("department", department)
                .queryParam("late", "true")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(late))
                .body(not(containsString(critical)))
                .body(not(containsString(calm)))
                .body(containsString("<dt>Centers</dt><dd>1</dd>"))
                .body(containsString("name=\"late\" value=\"true\" checked"));
        TestSessions.page("manager")
                .queryParam("department", department)
                .queryParam("critical", "true")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(critical))
                .body(not(containsString(late)))
                .body(containsString("<dt>Centers</dt><dd>1</dd>"));
        TestSessions.page("manager")
                .queryParam("department", department)
                .get("/")
                .then()
                .body(containsString("<dt>Centers</dt><dd>3</dd>"))
                .body(containsString("<option value=\"" + department + "\" selected>"));
    }

    @Test
    void showsFiftyCentersAPageInTheOrderAsked() {
        String department = department();
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 52; i++) {
            codes.add(TestCenters.create(Map.of("department", department)));
        }
        java.util.Collections.sort(codes);
        String first =
                TestSessions.page("manager")
                        .queryParam("department", department)
                        .get("/")
                        .then()
                        .statusCode(200)
                        .body(containsString("Centers 1 to 50 of 52"))
                        .body(containsString("Page 1 of 2"))
                        .body(containsString(">" + codes.get(49) + "</a>"))
                        .body(not(containsString(">" + codes.get(50) + "</a>")))
                        .body(not(containsString("rel=\"prev\"")))
                        .extract()
                        .asString();
        String next =
                first.replaceAll("(?s).*<a rel=\"next\" href=\"([^\"]+)\".*", "$1")
                        .replace("&amp;", "&");
        assertEquals(
                "/?department=" + URLEncoder.encode(department, StandardCharsets.UTF_8) + "&page=2",
                next);
        TestSessions.page("manager")
                .urlEncodingEnabled(false)
                .get(next)
                .then()
                .statusCode(200)
                .body(containsString("Centers 51 to 52 of 52"))
                .body(containsString(">" + codes.get(50) + "</a>"))
                .body(containsString(">" + codes.get(51) + "</a>"))
                .body(not(containsString(">" + codes.get(0) + "</a>")))
                .body(containsString("rel=\"prev\""))
                .body(not(containsString("rel=\"next\"")));
        TestSessions.page("manager")
                .queryParam("department", department)
                .queryParam("sort", "center")
                .queryParam("dir", "desc")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(">" + codes.get(51) + "</a>"))
                .body(not(containsString(">" + codes.get(0) + "</a>")))
                .body(containsString("aria-sort=\"descending\""));
    }

    @Test
    void showsAChangeToACenterAtOnce() {
        String department = department();
        String code = TestCenters.create(Map.of("department", department));
        TestSessions.page("manager")
                .queryParam("department", department)
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("class=\"rag rag-GREEN\""));
        TestEvaluations.finding(
                TestEvaluations.create(code, "INITIAL", Map.of("personsDesignCapacity", 50)),
                "CRITICAL");
        TestSessions.page("manager")
                .queryParam("department", department)
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("class=\"rag rag-RED\""))
                .body(not(containsString("class=\"rag rag-GREEN\"")));
    }

    @Test
    void showsADonorOnlyItsCentersAndSendsStrangersToSignIn() {
        String funded = TestCenters.create();
        String other = TestCenters.create();
        TestUsers.page(TestUsers.donorFunding(funded).username())
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(funded))
                .body(not(containsString(other)));
        given().auth()
                .none()
                .redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/login?next=%2F"));
    }
}

package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestWorks;

@QuarkusTest
class DashboardPageTest {

    /**
     * A center in works, red for an open critical finding, with a package planned (so a progress of
     * 0 %), named as the given name.
     */
    private static String redCenterInWorks(String name) {
        String code = TestCenters.create(Map.of("phase", "WORKS", "name", name));
        TestEvaluations.finding(
                TestEvaluations.create(code, "INITIAL", Map.of("personsDesignCapacity", 50)),
                "CRITICAL");
        TestWorks.planned(code, "WP-01", List.of());
        return code;
    }

    @Test
    void showsEveryCenterWithItsPhaseStepsProgressAndStatus() {
        String works = redCenterInWorks("Centro de Atención para Niñez y Familias Migrantes Belén");
        TestSessions.page("manager")
                .accept("text/html")
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
        TestSessions.page("manager")
                .header("Accept-Language", "es-HN")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<span class=\"phase-name\">Obras</span>"))
                .body(containsString("Tablero"));
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
        String partnership = TestCenters.create(Map.of("phase", "PARTNERSHIP"));
        String works = redCenterInWorks("Centro en obras");
        TestSessions.page("manager")
                .queryParam("phase", "PARTNERSHIP")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(partnership))
                .body(not(containsString(works)));
        TestSessions.page("manager")
                .queryParam("status", "GREEN")
                .queryParam("phase", "WORKS")
                .get("/")
                .then()
                .statusCode(200)
                .body(not(containsString(works)));
        TestSessions.page("manager")
                .queryParam("phase", "NOT-A-PHASE")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(works));
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

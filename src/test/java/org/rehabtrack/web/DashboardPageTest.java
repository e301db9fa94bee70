package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestSessions;

@QuarkusTest
class DashboardPageTest {

    @Test
    void showsEveryCenterWithItsPhaseStepsProgressAndStatus() {
        TestSessions.page("manager")
                .accept("text/html")
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("lang=\"en\""))
                .body(containsString("CAMR-SPS"))
                .body(containsString("Centro de Atención para Niñez y Familias Migrantes Belén"))
                .body(containsString("<span class=\"phase-name\">Works</span>"))
                .body(containsString("aria-current=\"step\""))
                .body(containsString("<progress max=\"100\""))
                .body(containsString("class=\"rag rag-RED\""))
                .body(containsString("Illustrative sample data"))
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
        TestSessions.page("manager")
                .queryParam("phase", "PARTNERSHIP")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("CANFM-BELEN"))
                .body(not(containsString("CAMR-SPS")));
        TestSessions.page("manager")
                .queryParam("status", "GREEN")
                .queryParam("phase", "WORKS")
                .get("/")
                .then()
                .statusCode(200)
                .body(not(containsString("CAMR-SPS")));
        TestSessions.page("manager")
                .queryParam("phase", "NOT-A-PHASE")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("CAMR-SPS"));
    }

    @Test
    void showsADonorOnlyItsCentersAndSendsStrangersToSignIn() {
        TestSessions.page("donor")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("CAMR-SPS"))
                .body(not(containsString("CANFM-BELEN")));
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

package org.rehabtrack.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomePageTest {

    @Test
    void listsTheCentersWithTheirPhasesInEnglish() {
        given().accept("text/html").get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("lang=\"en\""))
                .body(containsString("CAMR-SPS"))
                .body(containsString("Centro de Atención para Niñez y Familias Migrantes Belén"))
                .body(containsString("<td>Works</td>"))
                .body(containsString("Illustrative sample data"));
    }

    @Test
    void speaksSpanishWhenTheBrowserAsksOrTheUserChooses() {
        given().header("Accept-Language", "es-HN").get("/")
                .then().statusCode(200)
                .body(containsString("<td>Obras</td>"))
                .body(containsString("Centros"));
        given().queryParam("lang", "es").get("/")
                .then().body(containsString("lang=\"es\"")).body(not(containsString("<td>Works</td>")));
    }
}

package org.rehabtrack.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerResourceTest {

    @Test
    void listsTheInstitutionsOfTheSeed() {
        given().get("/api/partners")
                .then()
                .statusCode(200)
                .body("acronym", hasItems("SRECI", "DINAF", "OABI", "UNICEF", "UNHCR", "IOM"))
                .body("find { it.acronym == 'OABI' }.kind", equalTo("STATE"))
                .body("find { it.acronym == 'UNICEF' }.kind", equalTo("UN_AGENCY"))
                .body("find { it.kind == 'CONTRACTOR' }.illustrative", equalTo(true));
    }

    @Test
    void registersAnInstitution() {
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "acronym",
                                "MUNI-OMOA",
                                "name",
                                "Municipalidad de Omoa",
                                "kind",
                                "MUNICIPALITY"))
                .post("/api/partners")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/partners/MUNI-OMOA"))
                .body("acronym", equalTo("MUNI-OMOA"));
        given().get("/api/partners/MUNI-OMOA")
                .then()
                .statusCode(200)
                .body("name", equalTo("Municipalidad de Omoa"));
    }

    @Test
    void refusesADuplicateOrInvalidInstitution() {
        given().contentType(ContentType.JSON)
                .body(Map.of("acronym", "DINAF", "name", "Otra", "kind", "STATE"))
                .post("/api/partners")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("acronym", "x y", "name", "", "kind", "STATE"))
                .post("/api/partners")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("acronym", "name"));
        given().get("/api/partners/NOBODY")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}

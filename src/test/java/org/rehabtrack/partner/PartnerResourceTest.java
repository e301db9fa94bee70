package org.rehabtrack.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestPartners;

@QuarkusTest
class PartnerResourceTest {

    @Test
    void listsTheInstitutions() {
        String state = TestPartners.institution();
        String agency = TestPartners.create("UN_AGENCY");
        String contractor = TestPartners.contractor();
        given().get("/api/partners")
                .then()
                .statusCode(200)
                .body("acronym", hasItems(state, agency, contractor))
                .body("find { it.acronym == '" + state + "' }.kind", equalTo("STATE"))
                .body("find { it.acronym == '" + agency + "' }.kind", equalTo("UN_AGENCY"))
                .body("find { it.acronym == '" + contractor + "' }.illustrative", equalTo(false));
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
        String taken = TestPartners.institution();
        given().contentType(ContentType.JSON)
                .body(Map.of("acronym", taken, "name", "Otra", "kind", "STATE"))
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

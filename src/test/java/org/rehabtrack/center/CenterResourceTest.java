package org.rehabtrack.center;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CenterResourceTest {

    @Test
    void listsTheThreeSampleCentersWithTheirPhases() {
        given().when().get("/api/centers")
                .then().statusCode(200)
                .body("code", hasItems("CAMR-SPS", "CAMR-OMOA", "CANFM-BELEN"));
    }
}

package org.rehabtrack.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;

/** An agency that holds its centers to other figures sets them in configuration. */
@QuarkusTest
@TestProfile(ConfiguredStandardsTest.StricterToilets.class)
class ConfiguredStandardsTest {

    public static class StricterToilets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "rehabtrack.standards.persons-per-toilet-overnight", "15",
                    "rehabtrack.standards.persons-per-toilet-overnight-source", "Agency rule 7.2");
        }
    }

    @Test
    void checksAgainstTheConfiguredThresholdAndNamesItsSource() {
        // 20 persons per toilet: passes the default of 20, fails the configured 15.
        String code = TestCenters.create();
        Map<String, Object> measurements =
                Map.of(
                        "personsDesignCapacity",
                        60,
                        "overnightStay",
                        true,
                        "toiletsFemale",
                        2,
                        "toiletsMale",
                        1);

        given().contentType(ContentType.JSON)
                .body(TestEvaluations.body("INITIAL", measurements))
                .post("/api/centers/{code}/evaluations", code)
                .then()
                .statusCode(201)
                .body(
                        "standardsChecks.find { it.check == 'PERSONS_PER_TOILET' }.threshold",
                        equalTo(15))
                .body(
                        "standardsChecks.find { it.check == 'PERSONS_PER_TOILET' }.passed",
                        equalTo(false))
                .body(
                        "standardsChecks.find { it.check == 'PERSONS_PER_TOILET' }.source",
                        equalTo("Agency rule 7.2"));
    }
}

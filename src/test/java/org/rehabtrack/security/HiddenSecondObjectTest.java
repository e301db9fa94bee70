package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestEvaluations;
import org.rehabtrack.system.TestUsers;

/**
 * An object hidden from a donor or partner answers exactly as one that does not exist, also when a
 * query parameter names it beside the object of the path.
 */
@QuarkusTest
class HiddenSecondObjectTest {

    private static final long NO_SUCH_ID = 987654321L;

    private static long firstEvaluationOf(String center) {
        return given().get("/api/centers/{code}/evaluations", center)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
    }

    private static ExtractableResponse<Response> comparison(String user, long id, long with) {
        return TestUsers.api(user)
                .header("Accept-Language", "es")
                .queryParam("with", with)
                .get("/api/evaluations/{id}/comparison", id)
                .then()
                .extract();
    }

    /**
     * The answer with the id it names replaced, so that two answers naming different ids compare.
     */
    private static String withoutId(ExtractableResponse<Response> answer, long id) {
        return answer.statusCode()
                + " "
                + answer.contentType()
                + " "
                + answer.body().asString().replace(String.valueOf(id), "{id}");
    }

    private void hiddenAnswersAsMissing(String user, String ownCenter, String hiddenCenter) {
        long own = firstEvaluationOf(ownCenter);
        long hidden = firstEvaluationOf(hiddenCenter);
        ExtractableResponse<Response> missing = comparison(user, own, NO_SUCH_ID);
        ExtractableResponse<Response> notTheirs = comparison(user, own, hidden);
        assertEquals(
                withoutId(missing, NO_SUCH_ID),
                withoutId(notTheirs, hidden),
                user + ": evaluation " + hidden + " of " + hiddenCenter + " named in with=");
        // The same comparison is no secret to a manager: another center's evaluation is refused as
        // such.
        assertEquals(
                400,
                given().queryParam("with", hidden)
                        .get("/api/evaluations/{id}/comparison", own)
                        .then()
                        .extract()
                        .statusCode());
    }

    @Test
    void aDonorIsAnsweredAboutAnotherCentersEvaluationAsAboutNone() {
        String funded = evaluatedCenter();
        String other = evaluatedCenter();
        hiddenAnswersAsMissing(TestUsers.donorFunding(funded).username(), funded, other);
    }

    @Test
    void aPartnerIsAnsweredAboutAnotherCentersEvaluationAsAboutNone() {
        String party = evaluatedCenter();
        String other = evaluatedCenter();
        hiddenAnswersAsMissing(TestUsers.partnerOf(party).username(), party, other);
    }

    /** A center of its own with an initial evaluation. */
    private static String evaluatedCenter() {
        String code = TestCenters.create();
        TestEvaluations.create(code, "INITIAL", Map.of("personsDesignCapacity", 50));
        return code;
    }
}

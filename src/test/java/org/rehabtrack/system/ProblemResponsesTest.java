package org.rehabtrack.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Whatever goes wrong, a client gets problem+json with the right status and never a stack trace.
 */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"X-1\", ")
                .post("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @Test
    void aJsonArrayWhereAnObjectIsExpectedIs400() {
        given().contentType(ContentType.JSON)
                .body("[1, 2]")
                .post("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body("[1, 2]")
                .patch("/api/centers/{code}", TestCenters.create())
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void anEmptyBodyIs400() {
        given().contentType(ContentType.JSON)
                .post("/api/centers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void aWrongMediaTypeIs415() {
        given().contentType(ContentType.TEXT)
                .body("code=X")
                .post("/api/centers")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("status", equalTo(415))
                .body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "{\"name\": \"" + "a".repeat(1_100_000) + "\"}";
        given().contentType(ContentType.JSON)
                .header("Accept-Language", "es")
                .body(huge)
                .post("/api/centers")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/too-large"))
                .body("detail", containsString("1048576"));
    }

    @Test
    void aRequestThatDoesNotAcceptJsonIs406() {
        given().accept("text/csv").get("/api/centers").then().statusCode(406);
    }

    @Test
    void anUnknownApiPathIs404() {
        given().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aMethodTheAddressDoesNotTakeIs405() {
        given().delete("/api/centers").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void aNonNumericIdIs404() {
        given().get("/api/milestones/abc").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void problemsAreInSpanishWhenAsked() {
        given().header("Accept-Language", "es-HN")
                .get("/api/centers/NOPE-9")
                .then()
                .statusCode(404)
                .body("title", equalTo("No encontrado"))
                .body("detail", equalTo("No existe un centro con el código NOPE-9."));
    }

    @Test
    void validationMessagesAreInSpanishWhenAsked() {
        var body = TestCenters.body();
        body.put("code", "mal código");
        given().header("Accept-Language", "es")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("mayúsculas"));
    }
}

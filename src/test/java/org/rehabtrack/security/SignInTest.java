package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestUsers;

@QuarkusTest
class SignInTest {

    private static final String PROBLEM = "application/problem+json";
    static final String PASSWORD = "a long pass phrase for tests";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", SignedInAsManager.DEMO_PASSWORD);
    }

    /** Creates a user through the API, as an administrator would, and answers its name and id. */
    static Map.Entry<String, Long> createUser(String role, String organisation) {
        String username = "user" + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Test user");
        body.put("role", role);
        body.put("password", PASSWORD);
        if (organisation != null) {
            body.put("organisation", organisation);
        }
        long id =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/users")
                        .then()
                        .statusCode(201)
                        .body("password", nullValue())
                        .body("passwordHash", nullValue())
                        .extract()
                        .jsonPath()
                        .getLong("id");
        return Map.entry(username, id);
    }

    private static ValidatableResponse centersAs(String username, String password) {
        return given().auth().preemptive().basic(username, password).get("/api/centers").then();
    }

    @Test
    void withoutCredentialsTheApiAsksForThemInProblemJson() {
        given().auth()
                .none()
                .get("/api/centers")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("type", equalTo("/problems/unauthorized"));
        given().auth()
                .none()
                .header("Accept-Language", "es")
                .get("/api/centers")
                .then()
                .statusCode(401)
                .body("title", equalTo("Se requiere iniciar sesión"));
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        String user = createUser("ENGINEER", null).getKey();
        ExtractableResponse<Response> wrong =
                centersAs(user, "not the password").statusCode(401).extract();
        ExtractableResponse<Response> unknown =
                centersAs("nobody-" + user, "not the password").statusCode(401).extract();
        assertEquals(wrong.body().asString(), unknown.body().asString());
        assertEquals(wrong.header("WWW-Authenticate"), unknown.header("WWW-Authenticate"));
        centersAs(user, PASSWORD).statusCode(200);
    }

    @Test
    void tenWrongPasswordsInARowRefuseThatUserForAWhileEvenWithTheRightOne() {
        String user = createUser("ENGINEER", null).getKey();
        for (int i = 0; i < 10; i++) {
            centersAs(user, "wrong " + i).statusCode(401);
        }
        centersAs(user, "wrong again")
                .statusCode(429)
                .contentType(PROBLEM)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/too-many-sign-ins"));
        centersAs(user, PASSWORD).statusCode(429);
        // An unknown user name is throttled the same way: the answer says nothing of existence.
        String unknown = "ghost-" + user;
        for (int i = 0; i < 10; i++) {
            centersAs(unknown, "wrong " + i).statusCode(401);
        }
        centersAs(unknown, "wrong again").statusCode(429);
        // Others are not affected.
        given().get("/api/centers").then().statusCode(200);
    }

    @Test
    void aDisabledUserLosesAccessAtOnceAndAResetPasswordReplacesTheOldOne() {
        Map.Entry<String, Long> user = createUser("ENGINEER", null);
        centersAs(user.getKey(), PASSWORD).statusCode(200);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", false, "version", 0))
                .patch("/api/users/{id}", user.getValue())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        centersAs(user.getKey(), PASSWORD).statusCode(401);

        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("enabled", true, "version", 1))
                .patch("/api/users/{id}", user.getValue())
                .then()
                .statusCode(200);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("password", "another long pass phrase"))
                .post("/api/users/{id}/password", user.getValue())
                .then()
                .statusCode(200);
        centersAs(user.getKey(), PASSWORD).statusCode(401);
        centersAs(user.getKey(), "another long pass phrase").statusCode(200);
    }

    @Test
    void passwordsFollowThePolicy() {
        Map<String, Object> body =
                new HashMap<>(
                        Map.of(
                                "username",
                                "policy-" + NEXT.incrementAndGet(),
                                "displayName",
                                "Policy",
                                "role",
                                "MANAGER"));
        for (String refused :
                new String[] {
                    "short",
                    "password1",
                    "iloveyou",
                    "Baseball1",
                    "x".repeat(129),
                    (String) body.get("username")
                }) {
            body.put("password", refused);
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/users")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("password"));
        }
        // 67 characters (70 bytes, within bcrypt's 72), no composition rules
        body.put("password", "el ñandú corre y el cóndor vuela sobre la pampa, lejos de los andes");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/users")
                .then()
                .statusCode(201);
    }

    @Test
    void onlyDonorsAndPartnersBelongToAnOrganisation() {
        Map<String, Object> body =
                new HashMap<>(
                        Map.of(
                                "username",
                                "org-" + NEXT.incrementAndGet(),
                                "displayName",
                                "Org",
                                "role",
                                "DONOR",
                                "password",
                                PASSWORD));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organisation"));
        body.put("role", "MANAGER");
        body.put("organisation", TestFunding.donor());
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("organisation"));
    }

    @Test
    void aUserHasAnEmailAndALanguageForWhatIsSentToIt() {
        Map<String, Object> body =
                new HashMap<>(
                        Map.of(
                                "username",
                                "mail-" + NEXT.incrementAndGet(),
                                "displayName",
                                "Con correo",
                                "role",
                                "ENGINEER",
                                "password",
                                PASSWORD,
                                "email",
                                "not an address"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/users")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("email"));
        body.put("email", "ana.lopez@example.org");
        body.put("language", "fr");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("language"));
        body.remove("language");
        io.restassured.path.json.JsonPath created =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/users")
                        .then()
                        .statusCode(201)
                        .body("email", equalTo("ana.lopez@example.org"))
                        .body("language", equalTo("es"))
                        .extract()
                        .jsonPath();
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("language", "en", "email", "", "version", created.getLong("version")))
                .patch("/api/users/{id}", created.getLong("id"))
                .then()
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("email", nullValue());
    }

    @Test
    void aDonorMayReadButNotChange() {
        String center = TestCenters.create();
        TestUsers.Donor donor = TestUsers.donorFunding(center);
        long milestone =
                TestUsers.api(donor.username())
                        .get("/api/centers/{code}/milestones", center)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getLong("[0].id");
        TestUsers.api(donor.username())
                .contentType(ContentType.JSON)
                .body(Map.of("forecastDate", "2027-01-01", "version", 0))
                .patch("/api/milestones/{id}", milestone)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void tellsTheSignedInUserWhoItIs() {
        TestUsers.Donor donor = TestUsers.donorFunding();
        TestUsers.api(donor.username())
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(donor.username()))
                .body("role", equalTo("DONOR"))
                .body("organisation", equalTo(donor.acronym()));
    }
}

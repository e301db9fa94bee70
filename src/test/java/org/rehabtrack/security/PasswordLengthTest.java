package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.SignedInAsManager;

/**
 * Every character of an accepted password counts: bcrypt reads only a password's first 72 bytes, so
 * a longer one is refused when set, and never signs in by its first 72 bytes.
 */
@QuarkusTest
class PasswordLengthTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** 72 bytes, the most bcrypt reads: 69 characters, three of them accented. */
    private static final String LONGEST =
            "el ñandú corre y el cóndor vuela sobre la pampa, lejos de los andes!!";

    private static RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin", SignedInAsManager.DEMO_PASSWORD);
    }

    private static Map<String, Object> newUser(String password) {
        Map<String, Object> body =
                new HashMap<>(
                        Map.of(
                                "username",
                                "long-"
                                        + NEXT.incrementAndGet()
                                        + "-"
                                        + System.nanoTime() % 100_000,
                                "displayName",
                                "Long password",
                                "role",
                                "ENGINEER"));
        body.put("password", password);
        return body;
    }

    private static int centersAs(String username, String password) {
        return given().auth()
                .preemptive()
                .basic(username, password)
                .get("/api/centers")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void aPasswordOverSeventyTwoBytesIsRefusedWithAClearMessage() {
        assertEquals(72, LONGEST.getBytes(StandardCharsets.UTF_8).length);
        for (String refused :
                new String[] {
                    LONGEST + "x",
                    "x".repeat(73),
                    "ñandú ".repeat(10) + "cuatro",
                    "名前を書いてください".repeat(3)
                }) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .body(newUser(refused))
                    .post("/api/users")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("password"))
                    .body("errors[0].message", containsString("72 bytes"));
            asAdmin()
                    .header("Accept-Language", "es")
                    .contentType(ContentType.JSON)
                    .body(newUser(refused))
                    .post("/api/users")
                    .then()
                    .statusCode(400)
                    .body("errors[0].message", containsString("72 bytes en UTF-8"));
        }
        Map<String, Object> user = newUser(LONGEST);
        long id =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(user)
                        .post("/api/users")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("password", LONGEST + "!"))
                .post("/api/users/{id}/password", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("password"));
    }

    @Test
    void aLongerPasswordNeverSignsInByItsFirstSeventyTwoBytes() {
        // ASCII: HTTP Basic clients do not all send UTF-8.
        String longest = "a pass phrase of exactly seventy-two bytes, as long as bcrypt reads: ok!";
        assertEquals(72, longest.getBytes(StandardCharsets.UTF_8).length);
        Map<String, Object> user = newUser(longest);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(user)
                .post("/api/users")
                .then()
                .statusCode(201);
        String username = (String) user.get("username");
        assertEquals(401, centersAs(username, longest + "anything at all"));
        assertEquals(401, centersAs(username, longest + "x"));
        assertEquals(200, centersAs(username, longest));
        // Remembered now; a longer password still does not match it.
        assertEquals(401, centersAs(username, longest + "x"));
        assertEquals(200, centersAs(username, longest));
    }
}

package org.rehabtrack.system;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.MultiPartSpecification;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;

/**
 * Issue 20, texts and numbers: a text that cannot be stored and written back as UTF-8 is refused
 * with 400 naming its field wherever it enters (JSON bodies, PATCH bodies, forms, multipart parts,
 * query parameters); whole numbers refuse fractions and texts; texts refuse numbers and booleans; a
 * payment is more than zero. Each refusal changes nothing.
 */
@QuarkusTest
class TextsAndNumbersTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse postCenter(String json) {
        return given().contentType(ContentType.JSON)
                .body(json.getBytes(UTF_8))
                .post("/api/centers")
                .then();
    }

    private static ValidatableResponse postCenter(byte[] json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/centers").then();
    }

    /**
     * A valid center body with {@code name} written as the raw JSON given (quotes and escapes
     * included).
     */
    private static String centerWithName(String rawName) {
        return "{\"code\": \"TXT-"
                + System.nanoTime() % 1_000_000
                + "\", \"name\": "
                + rawName
                + ", \"type\": \"CAM\", \"department\": \"Cortés\", \"municipality\": \"Omoa\", \"capacity\": 80,"
                + " \"administeringInstitution\": \""
                + TestPartners.institution()
                + "\"}";
    }

    private static void refusedNaming(ValidatableResponse response, String field) {
        response.statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field));
    }

    private static int centerCount() {
        return given().queryParam("size", 500)
                .get("/api/centers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$")
                .size();
    }

    @Test
    void aJsonTextWithAnUnpairedSurrogateOrANoncharacterIsRefusedNamingItsField() {
        int before = centerCount();
        for (String name :
                new String[] {
                    "\"Centro \\ud800 roto\"",
                    "\"Centro \\udc00\"",
                    "\"\\ude00\\ud83d al revés\"",
                    "\"fin \\ud83d\"",
                    "\"Centro \\uffff\"",
                    "\"Centro \\ufffe\"",
                    "\"a\\u0000b\""
                }) {
            refusedNaming(postCenter(centerWithName(name)), "name");
        }
        given().header("Accept-Language", "es")
                .contentType(ContentType.JSON)
                .body(centerWithName("\"Centro \\ud800\""))
                .post("/api/centers")
                .then()
                .statusCode(400)
                .body(
                        "errors[0].message",
                        startsWith("Contiene un carácter que no se puede guardar"));
        postCenter(centerWithName("\"Centro \\ud800\""))
                .body("errors[0].message", startsWith("Holds a character that cannot be stored"));
        assertCount(before);

        // A pair of surrogates is one character (an emoji), and U+FFFD is a character like any
        // other.
        postCenter(centerWithName("\"Centro \\ud83c\\udfd7 \uFFFD\""))
                .statusCode(201)
                .body("name", equalTo("Centro \uD83C\uDFD7 \uFFFD"));
    }

    private static void assertCount(int expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, centerCount(), "no center stored");
    }

    @Test
    void bytesThatAreNotUtf8AreA400ProblemNotA500() {
        int before = centerCount();
        String valid = centerWithName("\"Centro XX\"");
        int at = valid.indexOf("XX");
        byte[][] spoilers = {
            {(byte) 0xC3, (byte) 0x28}, // a lead byte without its continuation
            {(byte) 0xFF, (byte) 0xFE}, // bytes UTF-8 never uses
            {(byte) 0x80, (byte) 0x80}, // continuations alone
            {(byte) 0xED, (byte) 0xA0}, // a surrogate's encoding, cut short
        };
        for (byte[] spoiler : spoilers) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(valid.substring(0, at).getBytes(UTF_8));
            body.writeBytes(spoiler);
            body.writeBytes(valid.substring(at + 2).getBytes(UTF_8));
            postCenter(body.toByteArray()).statusCode(400).contentType(PROBLEM);
        }
        // A surrogate encoded as three bytes (CESU-8, not UTF-8): refused, as a text or as
        // unreadable.
        ByteArrayOutputStream cesu = new ByteArrayOutputStream();
        cesu.writeBytes(valid.substring(0, at).getBytes(UTF_8));
        cesu.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        cesu.writeBytes(valid.substring(at + 2).getBytes(UTF_8));
        postCenter(cesu.toByteArray()).statusCode(400).contentType(PROBLEM);
        assertCount(before);
    }

    @Test
    void aPatchRefusesTheSameTextsAndTypesAndChangesNothing() {
        String code = TestCenters.create();
        long version =
                given().get("/api/centers/{code}", code)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("version");
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("{\"name\": \"Centro \\ud800\", \"version\": " + version + "}", "name");
        refused.put("{\"name\": \"Centro \\uffff\", \"version\": " + version + "}", "name");
        refused.put("{\"name\": 12, \"version\": " + version + "}", "name");
        refused.put("{\"name\": true, \"version\": " + version + "}", "name");
        refused.put("{\"municipality\": 1.5, \"version\": " + version + "}", "municipality");
        refused.put("{\"capacity\": 79.9, \"version\": " + version + "}", "capacity");
        refused.put("{\"capacity\": 79.0, \"version\": " + version + "}", "capacity");
        refused.put("{\"capacity\": 7.99e1, \"version\": " + version + "}", "capacity");
        refused.put("{\"capacity\": \"79\", \"version\": " + version + "}", "capacity");
        refused.put("{\"capacity\": true, \"version\": " + version + "}", "capacity");
        refused.put("{\"capacity\": 80, \"version\": \"" + version + "\"}", "version");
        refused.put("{\"capacity\": 80, \"version\": " + version + ".5}", "version");
        for (Map.Entry<String, String> body : refused.entrySet()) {
            refusedNaming(
                    given().contentType(ContentType.JSON)
                            .body(body.getKey().getBytes(UTF_8))
                            .patch("/api/centers/{code}", code)
                            .then(),
                    body.getValue());
        }
        given().get("/api/centers/{code}", code)
                .then()
                .statusCode(200)
                .body("name", equalTo("Centro de prueba"))
                .body("capacity", equalTo(120))
                .body("version", equalTo((int) version));

        given().contentType(ContentType.JSON)
                .body(Map.of("capacity", 79, "name", "Centro \uD83C\uDFD7", "version", version))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(79))
                .body("name", equalTo("Centro \uD83C\uDFD7"));
        given().header("Accept-Language", "es")
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", 79.9, "version", version + 1))
                .patch("/api/centers/{code}", code)
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("Se esperaba un número entero."));
    }

    @Test
    void aCreationRefusesFractionsForWholeNumbersAndNumbersForTexts() {
        String partner = TestPartners.institution();
        String center = TestCenters.create();
        int before = centerCount();
        for (Object capacity : new Object[] {79.9, 79.0, "79", "", true}) {
            Map<String, Object> body = TestCenters.body();
            body.put("capacity", capacity);
            refusedNaming(
                    given().contentType(ContentType.JSON).body(body).post("/api/centers").then(),
                    "capacity");
        }
        for (Object name : new Object[] {12, 1.5, true, false}) {
            Map<String, Object> body = TestCenters.body();
            body.put("name", name);
            refusedNaming(
                    given().contentType(ContentType.JSON).body(body).post("/api/centers").then(),
                    "name");
        }
        assertCount(before);
        given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "type",
                                "MEMORANDUM_OF_UNDERSTANDING",
                                "title",
                                "Memorando",
                                "parties",
                                List.of(partner, 7)))
                .post("/api/centers/{code}/agreements", center)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parties[1]"));
        given().contentType(ContentType.JSON)
                .body(
                        ("{\"type\": \"MEMORANDUM_OF_UNDERSTANDING\", \"title\": \"Memorando\","
                                        + " \"parties\": [\""
                                        + partner
                                        + "\", \"IOM\\ud800\"]}")
                                .getBytes(UTF_8))
                .post("/api/centers/{code}/agreements", center)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parties[1]"))
                .body("errors[0].message", startsWith("Holds a character"));
    }

    @Test
    void moneyAmountsStayReadableAsTextOrAsAJsonNumberAsTheApiSays() {
        String center = TestCenters.create();
        String grant = TestFunding.grant("5000.00", "USD");
        given().contentType(ContentType.JSON)
                .body(
                        ("{\"center\": \""
                                        + center
                                        + "\", \"category\": \"CONSTRUCTION\","
                                        + " \"amount\": {\"amount\": 1000.50, \"currency\": \"USD\"}}")
                                .getBytes(UTF_8))
                .post("/api/funding-sources/{code}/allocations", grant)
                .then()
                .statusCode(201)
                .body("amount.amount", equalTo("1000.50"));
    }

    @Test
    void aPaymentMustBeMoreThanZero() {
        String center = TestCenters.create();
        long workPackage =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "code",
                                        "WP-TXT",
                                        "title",
                                        "Roof",
                                        "budget",
                                        Map.of("amount", "1000.00", "currency", "USD")))
                        .post("/api/centers/{code}/work-packages", center)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        String grant = TestFunding.grant("5000.00", "USD");
        TestFunding.allocate(grant, center, "1000.00", "USD");
        for (String amount : new String[] {"0.00", "0", "-0.00", "-10.00"}) {
            payment(workPackage, grant, amount, "en")
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("amount.amount"));
        }
        payment(workPackage, grant, "0.00", "en")
                .body(
                        "errors[0].message",
                        equalTo("A payment must be more than zero; a refund is not a payment."));
        payment(workPackage, grant, "0.00", "es")
                .body(
                        "errors[0].message",
                        equalTo("Un pago debe ser mayor que cero; un reembolso no es un pago."));
        given().get("/api/work-packages/{id}/expenditures", workPackage)
                .then()
                .body("$", hasSize(0));
        payment(workPackage, grant, "0.01", "en").statusCode(201);
        given().get("/api/work-packages/{id}/expenditures", workPackage)
                .then()
                .body("$", hasSize(1));
    }

    private static ValidatableResponse payment(
            long workPackage, String grant, String amount, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", java.time.LocalDate.now().minusDays(1).toString());
        body.put("amount", Map.of("amount", amount, "currency", "USD"));
        body.put("fundingSource", grant);
        body.put("reference", "FAC-TXT");
        return given().header("Accept-Language", language)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/work-packages/{id}/expenditures", workPackage)
                .then();
    }

    @Test
    void aQueryParameterWithACharacterThatCannotBeStoredIsRefusedNamingIt() {
        String center = TestCenters.create();
        refusedNaming(
                given().urlEncodingEnabled(false).get("/api/history?user=a%00b").then(), "user");
        refusedNaming(
                given().urlEncodingEnabled(false).get("/api/history?record=%EF%BF%BF").then(),
                "record");
        refusedNaming(
                given().urlEncodingEnabled(false)
                        .get("/api/centers/" + center + "/findings?status=%EF%BF%BE")
                        .then(),
                "status");
        given().urlEncodingEnabled(false)
                .get("/api/history?user=Bel%C3%A9n%20%F0%9F%8F%97")
                .then()
                .statusCode(200);
    }

    @Test
    void aFormFieldOrAMultipartTextWithSuchACharacterIsRefusedNamingIt() {
        // Signing in: refused before the password is looked at.
        refusedNaming(signIn("username=manager%EF%BF%BF&password=x&next=/"), "username");
        refusedNaming(signIn("username=manager&password=a%00b&next=/"), "password");
        refusedNaming(signIn("username=manager&password=x&next=/%EF%BF%BE"), "next");

        // A page's form, signed in with a browser session: nothing logged, no draft kept.
        String center = TestCenters.create();
        long evaluation =
                TestEvaluations.create(center, "INITIAL", Map.of("personsDesignCapacity", 50));
        int findings =
                given().get("/api/centers/{code}/findings", center)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("$")
                        .size();
        refusedNaming(
                TestSessions.page("engineer")
                        .redirects()
                        .follow(false)
                        .multiPart("evaluation", Long.toString(evaluation))
                        .multiPart("category", "SANITATION")
                        .multiPart("severity", "HIGH")
                        .multiPart(utf8("title", "Fuga \uFFFE"))
                        .multiPart(Csrf.FIELD, "x")
                        .post("/centers/{code}/findings", center)
                        .then(),
                "title");
        given().get("/api/centers/{code}/findings", center).then().body("$", hasSize(findings));

        // A photo's caption, through the API.
        long finding =
                given().contentType(ContentType.JSON)
                        .body(TestEvaluations.findingBody())
                        .post("/api/evaluations/{id}/findings", evaluation)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        refusedNaming(
                given().multiPart("file", TestPhotos.jpegFile("caption.jpg").toFile(), "image/jpeg")
                        .multiPart(utf8("caption", "Techo \uFFFF"))
                        .post("/api/findings/{id}/photos", finding)
                        .then(),
                "caption");
        given().get("/api/findings/{id}", finding)
                .then()
                .statusCode(200)
                .body("photos", hasSize(0));
        given().multiPart("file", TestPhotos.jpegFile("caption.jpg").toFile(), "image/jpeg")
                .multiPart(utf8("caption", "Techo \uD83C\uDFD7 \uFFFD"))
                .post("/api/findings/{id}/photos", finding)
                .then()
                .statusCode(201);
    }

    /** A sign-in form, its body written as given (percent-escapes and all). */
    private static ValidatableResponse signIn(String body) {
        return given().auth()
                .none()
                .redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(body)
                .post("/login")
                .then();
    }

    /**
     * A multipart text part in UTF-8 (REST Assured's own default is ISO-8859-1, which turns U+FFFF
     * into "?").
     */
    private static MultiPartSpecification utf8(String name, String text) {
        return new MultiPartSpecBuilder(text)
                .controlName(name)
                .charset(UTF_8)
                .mimeType("text/plain")
                .build();
    }
}

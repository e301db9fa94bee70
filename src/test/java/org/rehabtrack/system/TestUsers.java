package org.rehabtrack.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.rehabtrack.security.SessionAuthenticationMechanism;

/**
 * Users of their own for tests, made through the API by the demo administrator, and the donors and
 * State partners whose scope a test sets up itself (a grant allocated to the centers it names, an
 * agreement on each center it names), so no test relies on what the sample data lets the demo
 * {@code donor} and {@code partner} see.
 */
public final class TestUsers {

    /** The password of every user made here. */
    public static final String PASSWORD = "a long pass phrase for tests";

    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestUsers() {}

    /** A donor user, the donor it belongs to and the grant that funds its centers. */
    public record Donor(String username, String acronym, String grant) {}

    /** A State partner's user and the partner it belongs to. */
    public record Partner(String username, String acronym) {}

    /** Creates a user of the role (and organisation, or null) and answers its username. */
    public static String create(String role, String organisation) {
        String username = "fixture" + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("displayName", "Test user");
        body.put("role", role);
        body.put("password", PASSWORD);
        if (organisation != null) {
            body.put("organisation", organisation);
        }
        given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/users")
                .then()
                .statusCode(201);
        return username;
    }

    /** Creates a user of the role (and organisation, or null) with an e-mail address: its name. */
    public static String withEmail(String role, String organisation) {
        String username = create(role, organisation);
        RequestSpecification admin =
                given().auth().preemptive().basic("admin", SignedInAsManager.DEMO_PASSWORD);
        io.restassured.path.json.JsonPath user =
                admin.get("/api/users")
                        .jsonPath()
                        .setRootPath("find { it.username == '" + username + "' }");
        given().auth()
                .preemptive()
                .basic("admin", SignedInAsManager.DEMO_PASSWORD)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "email",
                                username + "@example.org",
                                "version",
                                user.getLong("version")))
                .patch("/api/users/{id}", user.getLong("id"))
                .then()
                .statusCode(200);
        return username;
    }

    /**
     * A donor of its own with a grant of 500,000 USD allocated (100,000 USD each) to the centers
     * given, and a user of that donor: it sees those centers and no other.
     */
    public static Donor donorFunding(String... centers) {
        String acronym = TestFunding.donor();
        String grant = TestFunding.grant("500000.00", "USD", acronym);
        for (String center : centers) {
            TestFunding.allocate(grant, center, "100000.00", "USD");
        }
        return new Donor(create("DONOR", acronym), acronym, grant);
    }

    /**
     * A State partner of its own, party (with IOM's place taken by a second partner of its own) to
     * a draft agreement on each center given, and a user of that partner: it sees those centers and
     * no other.
     */
    public static Partner partnerOf(String... centers) {
        String acronym = TestPartners.institution();
        String other = TestPartners.create("UN_AGENCY");
        for (String center : centers) {
            agreement(center, List.of(acronym, other));
        }
        return new Partner(create("PARTNER", acronym), acronym);
    }

    /** Records a draft memorandum between the parties on a center, and answers its id. */
    public static long agreement(String center, List<String> parties) {
        return given().contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "type",
                                "MEMORANDUM_OF_UNDERSTANDING",
                                "title",
                                "Memorando de prueba",
                                "parties",
                                parties))
                .post("/api/centers/{code}/agreements", center)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** An API request signed in with HTTP Basic as a user made here. */
    public static RequestSpecification api(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    /** A page request of a browser signed in through the form as a user made here. */
    public static RequestSpecification page(String username) {
        String session = TestSessions.signIn(username, PASSWORD);
        return given().auth().none().cookie(SessionAuthenticationMechanism.COOKIE, session);
    }
}

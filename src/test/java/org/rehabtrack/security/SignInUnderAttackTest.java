package org.rehabtrack.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.AtOnce;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestSessions;

/**
 * Sign-in under attack (docs/security.md, "Signing in"): many wrong passwords at once leave the
 * service answering, guesses sent at once run no more password checks than the limit, a valid
 * account does not unlock an address, and an exhausted connection pool answers 503, never 500.
 * Every request comes from this machine, so all count against one address: each test starts and
 * ends with no failures counted, so that the suite's other tests may sign in.
 */
@QuarkusTest
class SignInUnderAttackTest {

    private static final Logger LOG = Logger.getLogger(SignInUnderAttackTest.class);
    private static final String PROBLEM = "application/problem+json";

    @Inject EntityManager em;

    @Inject AgroalDataSource dataSource;

    @Inject SignInThrottle throttle;

    /** What one request answered. */
    record Answer(int status, String contentType, String retryAfter, String type) {

        static Answer of(Response response) {
            String type =
                    PROBLEM.equals(response.contentType())
                            ? response.jsonPath().getString("type")
                            : null;
            return new Answer(
                    response.statusCode(),
                    response.contentType(),
                    response.header("Retry-After"),
                    type);
        }
    }

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from sign_in_failure").executeUpdate());
    }

    private static int setting(String name, int otherwise) {
        return ConfigProvider.getConfig().getOptionalValue(name, Integer.class).orElse(otherwise);
    }

    private static Answer centersAs(String username, String password) {
        return Answer.of(given().auth().preemptive().basic(username, password).get("/api/centers"));
    }

    private static Map<Integer, Integer> byStatus(List<Answer> answers) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        return counts;
    }

    /** A refusal for now or for too many failures, as it must be: a problem with Retry-After. */
    private static void assertRefusedWithRetryAfter(Answer answer) {
        assertEquals(PROBLEM, answer.contentType(), answer.toString());
        assertNotNull(answer.retryAfter(), "Retry-After: " + answer);
        assertTrue(Long.parseLong(answer.retryAfter()) >= 1, answer.toString());
        assertEquals(
                answer.status() == 503 ? "/problems/busy" : "/problems/too-many-sign-ins",
                answer.type(),
                answer.toString());
    }

    @Test
    void twoHundredWrongPasswordsAtOnceLeaveASignedInManagerWorking() throws Exception {
        String center = TestCenters.create();
        String session = TestSessions.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
        AtomicBoolean attacking = new AtomicBoolean(true);
        List<Answer> manager = new ArrayList<>();
        Thread managerAtWork =
                new Thread(
                        () -> {
                            // Bounded: at most 400 requests, one after another, while the attack
                            // lasts.
                            for (int i = 0; i < 400 && (attacking.get() || i < 3); i++) {
                                String path =
                                        i % 2 == 0
                                                ? "/api/centers"
                                                : "/api/centers/" + center + "/milestones";
                                manager.add(
                                        Answer.of(
                                                given().auth()
                                                        .none()
                                                        .cookie(
                                                                SessionAuthenticationMechanism
                                                                        .COOKIE,
                                                                session)
                                                        .get(path)));
                            }
                        });
        managerAtWork.start();
        List<Answer> attack;
        try {
            attack =
                    AtOnce.run(
                            200,
                            i ->
                                    Answer.of(
                                            given().auth()
                                                    .preemptive()
                                                    .basic(
                                                            "intruder-" + i % 20,
                                                            "guess number " + i)
                                                    .get("/api/centers")));
        } finally {
            attacking.set(false);
            managerAtWork.join(120_000);
        }

        Map<Integer, Integer> counts = byStatus(attack);
        LOG.infof(
                "200 wrong passwords at once: answered %s; the manager meanwhile: %s",
                counts, byStatus(manager));
        assertEquals(200, attack.size());
        for (Answer answer : attack) {
            assertTrue(
                    answer.status() == 401 || answer.status() == 429 || answer.status() == 503,
                    "attempts answered " + counts + ", e.g. " + answer);
            if (answer.status() != 401) {
                assertRefusedWithRetryAfter(answer);
            }
        }
        assertTrue(counts.getOrDefault(401, 0) >= 1, "some passwords were checked: " + counts);
        assertTrue(
                counts.getOrDefault(429, 0) + counts.getOrDefault(503, 0) >= 1,
                "the checks were bounded, the rest refused for now: " + counts);
        assertTrue(manager.size() >= 3, "the manager's requests: " + manager.size());
        for (Answer answer : manager) {
            assertEquals(
                    200,
                    answer.status(),
                    "the signed-in manager, during the attack: " + byStatus(manager));
        }
    }

    @Test
    void fortyGuessesAtOnceAgainstOneUserRunAtMostTheLimitOfPasswordChecks() throws Exception {
        int limit = setting("rehabtrack.security.sign-in.max-failures", 10);
        String user = SignInTest.createUser("ENGINEER", null).getKey();
        List<Answer> answers = AtOnce.run(40, i -> centersAs(user, "guess " + i));
        Map<Integer, Integer> counts = byStatus(answers);
        LOG.infof("40 guesses at once against one user: answered %s", counts);
        // A 401 is a password checked and found wrong; a 429 was refused before any check, a 503
        // too.
        int checked = counts.getOrDefault(401, 0);
        assertTrue(
                checked >= 1 && checked <= limit,
                "password checks run: " + counts + ", limit " + limit);
        for (Answer answer : answers) {
            if (answer.status() != 401) {
                assertTrue(answer.status() == 429 || answer.status() == 503, counts.toString());
                assertRefusedWithRetryAfter(answer);
            }
        }
        Number counted =
                (Number)
                        QuarkusTransaction.requiringNew()
                                .call(
                                        () ->
                                                em.createNativeQuery(
                                                                "select failures from sign_in_failure where throttle_key = :key")
                                                        .setParameter("key", "user:" + user)
                                                        .getSingleResult());
        assertEquals(
                checked,
                counted.intValue(),
                "failures counted for " + user + ": one per password checked");
        if (checked == limit) {
            assertEquals(
                    429,
                    centersAs(user, SignInTest.PASSWORD).status(),
                    "locked, even with the right password");
        }
    }

    /**
     * Names and an address never seen before, failing at once: every first failure of a key races
     * to add its row, and the losers count again, as many times as other sign-ins win a race (on
     * PostgreSQL a sign-in could lose twice, once per key, and answered 409).
     */
    @Test
    void failuresAtOnceOfNewNamesFromANewAddressAreEachCountedOnce() throws Exception {
        String address = "192.0.2." + (1 + (int) (Math.random() * 250));
        int names = 4;
        int each = 15;
        AtOnce.run(
                names * each,
                i -> {
                    throttle.failed("racer-" + address + "-" + i % names, address);
                    return i;
                });
        Map<String, Number> counted = new TreeMap<>();
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            for (Object row :
                                    em.createNativeQuery(
                                                    "select throttle_key, failures from sign_in_failure")
                                            .getResultList()) {
                                Object[] columns = (Object[]) row;
                                counted.put((String) columns[0], (Number) columns[1]);
                            }
                        });
        assertEquals(names + 1, counted.size(), counted.toString());
        assertEquals(
                names * each, counted.get("address:" + address).intValue(), counted.toString());
        for (int n = 0; n < names; n++) {
            assertEquals(
                    each,
                    counted.get("user:racer-" + address + "-" + n).intValue(),
                    counted.toString());
        }
    }

    @Test
    void aValidAccountDoesNotClearTheFailuresOfItsAddress() {
        int limit = setting("rehabtrack.security.sign-in.max-failures-per-address", 50);
        assertEquals(401, centersAs("sprayed-0", "Spring2026!").status());
        String address =
                (String)
                        QuarkusTransaction.requiringNew()
                                .call(
                                        () ->
                                                em.createNativeQuery(
                                                                "select throttle_key from sign_in_failure where throttle_key like 'address:%'")
                                                        .getSingleResult());
        // The address has guessed nearly as often as it may (as a password spray over many names
        // would).
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                em.createNativeQuery(
                                                "update sign_in_failure set failures = :n where throttle_key = :key")
                                        .setParameter("n", limit - 1)
                                        .setParameter("key", address)
                                        .executeUpdate());

        // Valid accounts sign in from the same address: a password remembered, a password checked.
        String user =
                SignInTest.createUser("ENGINEER", null).getKey(); // the administrator, signed in
        assertEquals(200, centersAs(user, SignInTest.PASSWORD).status());
        assertEquals(200, centersAs("manager", SignedInAsManager.DEMO_PASSWORD).status());

        // The address's failures still count: one more guess, and it is refused, whoever signs in.
        assertEquals(401, centersAs("sprayed-1", "Spring2026!").status());
        Answer refused = centersAs("sprayed-2", "Spring2026!");
        assertEquals(429, refused.status(), refused.toString());
        assertRefusedWithRetryAfter(refused);
        assertEquals(429, centersAs("engineer", SignedInAsManager.DEMO_PASSWORD).status());
    }

    @Test
    void anExhaustedConnectionPoolAnswers503WithRetryAfterNever500() throws Exception {
        String center = TestCenters.create();
        String session = TestSessions.signIn("manager", SignedInAsManager.DEMO_PASSWORD);
        int size = setting("quarkus.datasource.jdbc.max-size", 20);
        List<Connection> held = new ArrayList<>();
        Answer basic;
        Answer browser;
        Answer page;
        try {
            for (int i = 0; i < size; i++) {
                held.add(dataSource.getConnection());
            }
            basic = Answer.of(given().header("Accept-Language", "es").get("/api/centers"));
            browser =
                    Answer.of(
                            given().auth()
                                    .none()
                                    .cookie(SessionAuthenticationMechanism.COOKIE, session)
                                    .get("/api/centers/" + center));
            page =
                    Answer.of(
                            given().auth()
                                    .none()
                                    .redirects()
                                    .follow(false)
                                    .cookie(SessionAuthenticationMechanism.COOKIE, session)
                                    .get("/centers/" + center));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertEquals(503, basic.status(), basic.toString());
        assertRefusedWithRetryAfter(basic);
        // A session that cannot be read for want of a connection is the service's failure, not a
        // sign-out.
        assertEquals(503, browser.status(), browser.toString());
        assertRefusedWithRetryAfter(browser);
        // A page too: the service is busy, the user is not signed out (no 303 to the sign-in form).
        assertEquals(503, page.status(), page.toString());
        // Nothing is left broken: the next requests go through.
        given().get("/api/centers").then().statusCode(200);
        given().auth()
                .none()
                .cookie(SessionAuthenticationMechanism.COOKIE, session)
                .get("/api/centers/" + center)
                .then()
                .statusCode(200);
    }
}

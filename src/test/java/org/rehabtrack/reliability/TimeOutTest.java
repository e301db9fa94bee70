package org.rehabtrack.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * A request whose transaction outlives its time limit is rolled back by the transaction manager:
 * the client gets 503 problem+json saying so, not a 500, and nothing it wrote is kept.
 */
@QuarkusTest
class TimeOutTest {

    private static final String ACRONYM = "SLOW-TX";

    /**
     * Test-only: writes a partner, then outlives its one-second transaction. Under /api/, where a
     * client signs in with HTTP Basic (a page path would send it to the sign-in form).
     */
    @Path("/api/test-only/slow")
    @PermitAll
    public static class SlowResource {

        @Inject EntityManager em;

        @POST
        @Path("then-commit")
        @Transactional
        @TransactionConfiguration(timeout = 1)
        @Operation(hidden = true)
        public String writeThenWait() throws InterruptedException {
            insertPartner();
            Thread.sleep(1_500);
            return "committed";
        }

        @POST
        @Path("then-query")
        @Transactional
        @TransactionConfiguration(timeout = 1)
        @Operation(hidden = true)
        public String writeWaitThenQuery() throws InterruptedException {
            insertPartner();
            Thread.sleep(1_500);
            return "read " + em.createNativeQuery("select count(*) from partner").getSingleResult();
        }

        private void insertPartner() {
            em.createNativeQuery(
                            "insert into partner (acronym, name, kind) values (:acronym, 'Slow', 'STATE')")
                    .setParameter("acronym", ACRONYM)
                    .executeUpdate();
        }
    }

    @Inject EntityManager em;

    @Test
    void aTransactionPastItsTimeLimitIs503AndSavesNothing() {
        for (String shape : new String[] {"then-commit", "then-query"}) {
            given().header("Accept-Language", "es")
                    .post("/api/test-only/slow/" + shape)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/timed-out"))
                    .body("title", equalTo("Tardó demasiado"))
                    .body("detail", containsString("no se guardó nada"));
            assertEquals(0L, partnersNamed(ACRONYM), shape);
        }
    }

    @Transactional
    long partnersNamed(String acronym) {
        return ((Number)
                        em.createNativeQuery(
                                        "select count(*) from partner where acronym = :acronym")
                                .setParameter("acronym", acronym)
                                .getSingleResult())
                .longValue();
    }
}

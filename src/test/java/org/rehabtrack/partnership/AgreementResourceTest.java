package org.rehabtrack.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestPartners;

@QuarkusTest
class AgreementResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject TestClock clock;

    /** A State institution and a UN agency of their own, the parties of {@link #body()}. */
    private static String state;

    private static String agency;

    @BeforeEach
    void registerParties() {
        // Named so that the State sorts first, as the answer lists parties by acronym.
        state = TestPartners.institution();
        agency = TestPartners.create("UN_AGENCY");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "MEMORANDUM_OF_UNDERSTANDING");
        body.put("title", "Memorando de prueba");
        body.put("parties", List.of(state, agency));
        body.put(
                "commitments",
                List.of(Map.of("partner", state, "kind", "STAFF_CENTER", "dueDate", "2027-03-31")));
        return body;
    }

    private static ValidatableResponse create(String code, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/centers/{code}/agreements", code)
                .then();
    }

    private static long createdId(String code, Map<String, Object> body) {
        return create(code, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static ValidatableResponse patch(String path, long id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).patch(path, id).then();
    }

    @Test
    void recordsADraftAgreementWithPartiesAndCommitments() {
        String code = TestCenters.create();
        create(code, body())
                .statusCode(201)
                .header("Location", containsString("/api/agreements/"))
                .body("status", equalTo("DRAFT"))
                .body("parties", contains(state, agency))
                .body("commitments", hasSize(1))
                .body("commitments[0].partner", equalTo(state))
                .body("commitments[0].status", equalTo("PENDING"))
                .body("commitments[0].overdue", equalTo(false));
        given().get("/api/centers/{code}/agreements", code)
                .then()
                .statusCode(200)
                .body("$", hasSize(1));
    }

    @Test
    void showsACommitmentPastItsDueDateAndNotMetAsOverdue() {
        String code = TestCenters.create();
        long id = createdId(code, body());

        clock.setToday(LocalDate.of(2027, 3, 31));
        given().get("/api/agreements/{id}", id)
                .then()
                .body("commitments[0].overdue", equalTo(false));
        clock.setToday(LocalDate.of(2027, 4, 1));
        given().get("/api/agreements/{id}", id)
                .then()
                .body("commitments[0].overdue", equalTo(true));

        long commitment =
                given().get("/api/agreements/{id}", id)
                        .then()
                        .extract()
                        .jsonPath()
                        .getLong("commitments[0].id");
        patch("/api/commitments/{id}", commitment, Map.of("status", "MET", "version", 0))
                .statusCode(200)
                .body("status", equalTo("MET"))
                .body("statusDate", equalTo("2027-04-01"))
                .body("overdue", equalTo(false));
    }

    @Test
    void signingRecordsTheActualDateOfTheAgreementMilestone() {
        String code = TestCenters.create();
        long id = createdId(code, body());
        String signed = LocalDate.now().minusDays(2).toString();

        patch("/api/agreements/{id}", id, Map.of("status", "IN_NEGOTIATION", "version", 0))
                .statusCode(200);
        patch(
                        "/api/agreements/{id}",
                        id,
                        Map.of("status", "SIGNED", "signatureDate", signed, "version", 1))
                .statusCode(200)
                .body("status", equalTo("SIGNED"))
                .body("signatureDate", equalTo(signed));

        given().get("/api/centers/{code}/milestones", code)
                .then()
                .body("find { it.kind == 'AGREEMENT_SIGNED' }.actualDate", equalTo(signed))
                .body("find { it.kind == 'AGREEMENT_SIGNED' }.status", equalTo("COMPLETED"));
    }

    @Test
    void refusesToSignWithoutASignatureDate() {
        String code = TestCenters.create();
        long id = createdId(code, body());
        patch("/api/agreements/{id}", id, Map.of("status", "SIGNED", "version", 0))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("signatureDate"));
        given().get("/api/agreements/{id}", id).then().body("status", equalTo("DRAFT"));
        given().get("/api/centers/{code}/milestones", code)
                .then()
                .body("find { it.kind == 'AGREEMENT_SIGNED' }.actualDate", nullValue());
    }

    @Test
    void refusesMovesTheLifeOfAnAgreementDoesNotAllow() {
        String code = TestCenters.create();
        long id = createdId(code, body());
        patch("/api/agreements/{id}", id, Map.of("status", "EXPIRED", "version", 0))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("detail", containsString("it can go to In negotiation"));
    }

    @Test
    void refusesACommitmentOfAPartnerThatIsNotAParty() {
        String code = TestCenters.create();
        Map<String, Object> body = body();
        body.put(
                "commitments",
                List.of(Map.of("partner", TestPartners.institution(), "kind", "PROVIDE_BUILDING")));
        create(code, body)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("commitments[0].partner"));
        given().get("/api/centers/{code}/agreements", code).then().body("$", hasSize(0));

        long id = createdId(code, body());
        given().contentType(ContentType.JSON)
                .body(Map.of("partner", TestPartners.create("UN_AGENCY"), "kind", "OTHER"))
                .post("/api/agreements/{id}/commitments", id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("partner"));
        given().contentType(ContentType.JSON)
                .body(Map.of("partner", agency, "kind", "OTHER", "dueDate", "2027-01-01"))
                .post("/api/agreements/{id}/commitments", id)
                .then()
                .statusCode(201)
                .body("partner", equalTo(agency));
    }

    @Test
    void refusesUnknownPartiesReversedValidityAndBadEnums() {
        String code = TestCenters.create();
        Map<String, Object> unknown = body();
        unknown.put("parties", List.of(state, "NOBODY"));
        create(code, unknown).statusCode(400).body("errors[0].field", equalTo("parties[1]"));

        Map<String, Object> reversed = body();
        reversed.put("validFrom", "2027-01-01");
        reversed.put("validUntil", "2026-01-01");
        create(code, reversed).statusCode(400).body("errors[0].field", equalTo("validUntil"));

        Map<String, Object> badType = body();
        badType.put("type", "CONTRACT");
        create(code, badType).statusCode(400).body("errors[0].field", equalTo("type"));

        Map<String, Object> noParties = body();
        noParties.put("parties", List.of());
        create(code, noParties).statusCode(400).body("errors.field", hasItem("parties"));
        given().get("/api/centers/{code}/agreements", code).then().body("$", hasSize(0));
    }

    @Test
    void keepsAPartyThatStillHasCommitments() {
        String code = TestCenters.create();
        long id = createdId(code, body());
        patch("/api/agreements/{id}", id, Map.of("parties", List.of(agency), "version", 0))
                .statusCode(400)
                .body("errors[0].field", equalTo("parties"));
    }

    @Test
    void refusesAStaleVersion() {
        String code = TestCenters.create();
        long id = createdId(code, body());
        patch("/api/agreements/{id}", id, Map.of("title", "v1", "version", 0)).statusCode(200);
        patch("/api/agreements/{id}", id, Map.of("title", "v2", "version", 0))
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void answersUnknownAgreementsCommitmentsAndCentersWith404() {
        given().get("/api/agreements/999999").then().statusCode(404).contentType(PROBLEM);
        patch("/api/agreements/{id}", 999999, Map.of("title", "x", "version", 0)).statusCode(404);
        patch("/api/commitments/{id}", 999999, Map.of("status", "MET", "version", 0))
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("partner", agency, "kind", "OTHER"))
                .post("/api/agreements/999999/commitments")
                .then()
                .statusCode(404);
        given().get("/api/centers/NOPE-5/agreements").then().statusCode(404).contentType(PROBLEM);
    }
}

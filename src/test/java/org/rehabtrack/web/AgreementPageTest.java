package org.rehabtrack.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.security.Csrf;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestSessions;
import org.rehabtrack.system.TestUsers;

/**
 * An agreement's page and its forms as a browser posts them: a manager records an agreement, edits
 * it and moves its status, adds commitments and marks them met; what is refused comes back in the
 * page (422) in its language, as typed, and saves nothing; other roles only read, and only the
 * agreements of the centers they see.
 */
@QuarkusTest
class AgreementPageTest {

    @Inject Csrf csrf;

    private RequestSpecification form(String user) {
        return TestSessions.form(user, csrf);
    }

    private static int agreementsOf(String center) {
        return given().get("/api/centers/{code}/agreements", center)
                .then()
                .extract()
                .jsonPath()
                .getList("")
                .size();
    }

    private static JsonPath agreement(long id) {
        return given().get("/api/agreements/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static long idIn(String location) {
        String path = location.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    @Test
    void aManagerRecordsASignedAgreementWhichDatesTheCentersMilestone() {
        String center = TestCenters.create();
        String state = TestPartners.institution();
        String agency = TestPartners.create("UN_AGENCY");
        String signed = LocalDate.now().minusDays(3).toString();
        form("manager")
                .queryParam("lang", "es")
                .formParam("type", "COOPERATION_AGREEMENT")
                .formParam("title", " ")
                .formParam("status", "SIGNED")
                .formParam("validFrom", "2027-01-01")
                .formParam("validUntil", "2026-01-01")
                .post("/centers/{code}/agreements/new", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"title-error\">Complete este campo."))
                .body(containsString("id=\"parties-error\">Elija al menos una parte."))
                .body(containsString("value=\"2027-01-01\""));
        form("manager")
                .queryParam("lang", "es")
                .formParam("type", "COOPERATION_AGREEMENT")
                .formParam("title", "Convenio de cooperación")
                .formParam("parties", state)
                .formParam("status", "SIGNED")
                .post("/centers/{code}/agreements/new", center)
                .then()
                .statusCode(422)
                .body(containsString("id=\"signatureDate-error\""))
                .body(containsString("value=\"" + state + "\" checked"));
        assertEquals(0, agreementsOf(center), "nothing recorded");

        String location =
                form("manager")
                        .queryParam("lang", "es")
                        .formParam("type", "COOPERATION_AGREEMENT")
                        .formParam("title", "Convenio de cooperación")
                        .formParam("parties", state)
                        .formParam("parties", agency)
                        .formParam("status", "SIGNED")
                        .formParam("signatureDate", signed)
                        .formParam("documentReference", "Archivo, caja 4")
                        .post("/centers/{code}/agreements/new", center)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        long id = idIn(location);
        assertTrue(location.contains("outcome=created"), location);
        JsonPath saved = agreement(id);
        assertEquals(List.of(state, agency).stream().sorted().toList(), saved.getList("parties"));
        assertEquals("SIGNED", saved.getString("status"));
        given().get("/api/centers/{code}/milestones", center)
                .then()
                .body("find { it.kind == 'AGREEMENT_SIGNED' }.actualDate", equalTo(signed));
        TestSessions.page("manager")
                .queryParam("lang", "es")
                .queryParam("outcome", "created")
                .get("/centers/{code}/agreements/{id}", center, id)
                .then()
                .statusCode(200)
                .body(containsString("Convenio registrado."))
                .body(containsString("Convenio de cooperación"))
                .body(containsString("Archivo, caja 4"))
                .body(containsString("Agregar un compromiso"));
        TestSessions.page("manager")
                .get("/centers/{code}", center)
                .then()
                .body(containsString("href=\"/centers/" + center + "/agreements/" + id + "\""))
                .body(containsString("href=\"/centers/" + center + "/agreements/new\""));
    }

    @Test
    void editingKeepsADateLeftEmptyRemovesOneOnlyOnPurposeAndRefusesAMoveItsLifeForbids() {
        String center = TestCenters.create();
        String state = TestPartners.institution();
        long id = TestUsers.agreement(center, List.of(state));
        given().contentType("application/json")
                .body(
                        Map.of(
                                "version",
                                agreement(id).getLong("version"),
                                "validFrom",
                                "2027-01-01",
                                "validUntil",
                                "2029-12-31"))
                .patch("/api/agreements/{id}", id)
                .then()
                .statusCode(200);
        long version = agreement(id).getLong("version");

        String location =
                form("manager")
                        .formParam("version", version)
                        .formParam("type", "MEMORANDUM_OF_UNDERSTANDING")
                        .formParam("title", "Memorando revisado")
                        .formParam("parties", state)
                        .formParam("status", "IN_NEGOTIATION")
                        .formParam("validFrom", "")
                        .formParam("validUntil", "")
                        .formParam("clear", "validUntil")
                        .post("/centers/{code}/agreements/{id}/edit", center, id)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(location.contains("outcome=saved"), location);
        JsonPath edited = agreement(id);
        assertEquals("Memorando revisado", edited.getString("title"));
        assertEquals("IN_NEGOTIATION", edited.getString("status"));
        assertEquals("2027-01-01", edited.getString("validFrom"), "an empty date keeps the date");
        assertNull(edited.get("validUntil"), "the date removed on purpose");

        form("manager")
                .queryParam("lang", "en")
                .formParam("version", edited.getLong("version"))
                .formParam("type", "MEMORANDUM_OF_UNDERSTANDING")
                .formParam("title", "Memorando revisado")
                .formParam("parties", state)
                .formParam("status", "EXPIRED")
                .post("/centers/{code}/agreements/{id}/edit", center, id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"status-error\""))
                .body(not(containsString("IN_NEGOTIATION</")));
        form("manager")
                .queryParam("lang", "en")
                .formParam("version", version)
                .formParam("type", "MEMORANDUM_OF_UNDERSTANDING")
                .formParam("title", "Otro título")
                .formParam("parties", state)
                .formParam("status", "IN_NEGOTIATION")
                .post("/centers/{code}/agreements/{id}/edit", center, id)
                .then()
                .statusCode(422)
                .body(containsString("Someone else changed this agreement meanwhile"))
                .body(containsString("value=\"Memorando revisado\""));
        assertEquals("Memorando revisado", agreement(id).getString("title"), "nothing saved");

        String unchanged =
                form("manager")
                        .formParam("version", edited.getLong("version"))
                        .formParam("type", "MEMORANDUM_OF_UNDERSTANDING")
                        .formParam("title", "Memorando revisado")
                        .formParam("parties", state)
                        .formParam("status", "IN_NEGOTIATION")
                        .post("/centers/{code}/agreements/{id}/edit", center, id)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(unchanged.contains("outcome=unchanged"), unchanged);
    }

    @Test
    void aManagerAddsCommitmentsOnlyByPartiesAndMarksThemMet() {
        String center = TestCenters.create();
        String state = TestPartners.institution();
        String stranger = TestPartners.institution();
        long id = TestUsers.agreement(center, List.of(state));
        form("manager")
                .queryParam("lang", "es")
                .formParam("partner", stranger)
                .formParam("kind", "STAFF_CENTER")
                .formParam("dueDate", "2027-02-30")
                .post("/centers/{code}/agreements/{id}/commitments", center, id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"dueDate-error\""));
        form("manager")
                .queryParam("lang", "es")
                .formParam("partner", stranger)
                .formParam("kind", "STAFF_CENTER")
                .post("/centers/{code}/agreements/{id}/commitments", center, id)
                .then()
                .statusCode(422)
                .body(containsString("id=\"partner-error\""))
                .body(containsString(stranger));
        assertEquals(0, agreement(id).getList("commitments").size(), "nothing added");

        String past = LocalDate.now().minusDays(10).toString();
        String added =
                form("manager")
                        .formParam("partner", state)
                        .formParam("kind", "STAFF_CENTER")
                        .formParam("description", "Seis trabajadores sociales")
                        .formParam("dueDate", past)
                        .post("/centers/{code}/agreements/{id}/commitments", center, id)
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location");
        assertTrue(added.contains("outcome=commitmentAdded"), added);
        long commitment = agreement(id).getLong("commitments[0].id");
        long version = agreement(id).getLong("commitments[0].version");
        TestSessions.page("engineer")
                .queryParam("lang", "es")
                .get("/centers/{code}/agreements/{id}", center, id)
                .then()
                .statusCode(200)
                .body(containsString("Dotar de personal al centro"))
                .body(containsString("Seis trabajadores sociales"))
                .body(containsString("commitment-card overdue"));

        form("manager")
                .formParam("version", version)
                .formParam("status", "MET")
                .formParam("dueDate", "")
                .formParam("description", "Seis trabajadores sociales")
                .post("/centers/{code}/agreements/{id}/commitments/{c}", center, id, commitment)
                .then()
                .statusCode(303)
                .header("Location", containsString("outcome=commitmentSaved"));
        given().get("/api/agreements/{id}", id)
                .then()
                .body("commitments[0].status", equalTo("MET"))
                .body("commitments[0].dueDate", equalTo(past))
                .body("commitments[0].statusDate", equalTo(LocalDate.now().toString()))
                .body("commitments[0].overdue", equalTo(false));
        form("manager")
                .queryParam("lang", "en")
                .formParam("version", version)
                .formParam("status", "WAIVED")
                .post("/centers/{code}/agreements/{id}/commitments/{c}", center, id, commitment)
                .then()
                .statusCode(422)
                .body(containsString("Someone else changed this commitment meanwhile"));
        given().get("/api/agreements/{id}", id)
                .then()
                .body("commitments[0].status", equalTo("MET"));
    }

    @Test
    void othersReadTheAgreementsOfTheCentersTheySeeWithoutItsForms() {
        String center = TestCenters.create();
        String elsewhere = TestCenters.create();
        String state = TestPartners.institution();
        long id = TestUsers.agreement(center, List.of(state));

        TestSessions.page("engineer")
                .get("/centers/{code}/agreements/{id}", center, id)
                .then()
                .statusCode(200)
                .body(containsString("Memorando de prueba"))
                .body(not(containsString("/commitments\"")))
                .body(not(containsString("/edit\"")));
        form("engineer")
                .formParam("partner", state)
                .formParam("kind", "OPERATE")
                .post("/centers/{code}/agreements/{id}/commitments", center, id)
                .then()
                .statusCode(403);
        form("engineer")
                .accept("text/html")
                .get("/centers/{code}/agreements/new", center)
                .then()
                .statusCode(403);
        assertEquals(0, agreement(id).getList("commitments").size());

        TestSessions.page("manager")
                .accept("text/html")
                .get("/centers/{code}/agreements/{id}", elsewhere, id)
                .then()
                .statusCode(404);
        TestUsers.Partner outsider = TestUsers.partnerOf(elsewhere);
        TestUsers.page(outsider.username())
                .accept("text/html")
                .get("/centers/{code}/agreements/{id}", center, id)
                .then()
                .statusCode(404);
        TestUsers.Partner party = TestUsers.partnerOf(center);
        TestUsers.page(party.username())
                .get("/centers/{code}/agreements/{id}", center, id)
                .then()
                .statusCode(200)
                .body(containsString("Memorando de prueba"))
                .body(not(containsString("add-commitment-heading")));
    }
}

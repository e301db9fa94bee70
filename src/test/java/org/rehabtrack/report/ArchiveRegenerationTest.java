package org.rehabtrack.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestClock;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.TestPartners;
import org.rehabtrack.system.TestUsers;
import org.rehabtrack.system.TestWorks;

/**
 * An archived workbook for a past date, written again, has the same cells; once a fact dated before
 * its cut-off date is recorded late, it differs, and the comparison names that correction.
 */
@QuarkusTest
class ArchiveRegenerationTest {

    private static final String CUT_OFF = "2026-04-30";

    @Inject TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private record Story(String center, String grant, long workPackage) {}

    /** A center whose package, charged to a grant, was paid 20,000 USD on 10 April. */
    private Story paidInApril() {
        clock.setToday(LocalDate.of(2026, 3, 2));
        String center = TestCenters.create();
        String grant = TestFunding.grant("300000.00", "USD");
        TestFunding.allocate(grant, center, "150000.00", "USD");
        Map<String, Object> body = TestWorks.body("WP-01");
        body.put("fundingSource", grant);
        body.put("contractor", TestPartners.contractor());
        body.put("contractAmount", Map.of("amount", "98000.00", "currency", "USD"));
        long workPackage =
                given().contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/centers/{code}/work-packages", center)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("id");
        for (String status : List.of("TENDERING", "CONTRACTED", "IN_PROGRESS")) {
            long version =
                    given().get("/api/work-packages/{id}", workPackage)
                            .jsonPath()
                            .getLong("version");
            given().contentType(ContentType.JSON)
                    .body(Map.of("status", status, "statusDate", "2026-03-02", "version", version))
                    .patch("/api/work-packages/{id}", workPackage)
                    .then()
                    .statusCode(200);
        }
        clock.setToday(LocalDate.of(2026, 4, 10));
        TestWorks.pay(workPackage, "2026-04-10", "20000.00", grant);
        return new Story(center, grant, workPackage);
    }

    /** Issues the budget workbook of the center for the cut-off date: its id in the archive. */
    private static long issueBudget(String center) {
        byte[] workbook =
                given().queryParam("center", center)
                        .queryParam("statusDate", CUT_OFF)
                        .queryParam("lang", "en")
                        .get("/api/reports/budget.xlsx")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        return given().multiPart("file", "budget.xlsx", workbook)
                .post("/api/reports/archive/verify")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("issues[0].id");
    }

    private static JsonPath regenerated(long id) {
        return given().get("/api/reports/archive/{id}/regeneration", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aWorkbookForAPastDateIsWrittenAgainWithTheSameCellsUntilACorrection() {
        Story story = paidInApril();
        clock.setToday(LocalDate.of(2026, 5, 5));
        long id = issueBudget(story.center());

        // Later facts about later dates change nothing in a workbook for 30 April.
        clock.setToday(LocalDate.of(2026, 6, 1));
        TestWorks.pay(story.workPackage(), "2026-05-25", "5000.00", story.grant());
        JsonPath same = regenerated(id);
        assertTrue(same.getBoolean("same"), "differences: " + same.getList("differences"));
        assertEquals(0, same.getInt("differing"));
        assertTrue(same.getInt("cells") > 50, "the cells were compared: " + same.getInt("cells"));
        assertEquals(List.of(), same.getList("corrections"));

        // A payment of 20 April recorded in June corrects the workbook for 30 April.
        TestWorks.pay(story.workPackage(), "2026-04-20", "7000.00", story.grant());
        JsonPath corrected = regenerated(id);
        assertFalse(corrected.getBoolean("same"));
        assertTrue(corrected.getInt("differing") > 0);
        List<Map<String, Object>> differences = corrected.getList("differences");
        assertTrue(
                differences.stream().anyMatch(d -> String.valueOf(d.get("now")).contains("27")),
                "the amount spent by then is now 27,000: " + differences);
        List<Map<String, Object>> corrections = corrected.getList("corrections");
        assertEquals(1, corrections.size(), "the late payment: " + corrections);
        assertEquals("Expenditure", corrections.get(0).get("record"));
    }

    @Test
    void onlyThoseWhoMaySeeAWorkbookWriteItAgain() {
        String center = TestCenters.create();
        long id = issueBudget(center);
        String donor = TestUsers.donorFunding(center).username();
        TestUsers.api(donor)
                .get("/api/reports/archive/{id}/regeneration", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/reports/archive/{id}/regeneration", Long.MAX_VALUE)
                .then()
                .statusCode(404);
    }
}

package org.rehabtrack.sampledata;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.center.Phase;
import org.rehabtrack.system.SignedInAsManager;
import org.rehabtrack.system.TestClock;

/**
 * The sample data as loaded: this test's subject is the sample data, so it alone (with
 * SampleFilesTest) names its records; every other test builds its own (NoSampleDataInTestsTest).
 */
@QuarkusTest
class SampleDataLoaderTest {

    private static final List<String> SAMPLE_CENTERS =
            List.of("CAMR-SPS", "CAMR-OMOA", "CANFM-BELEN");

    @Inject SampleDataLoader loader;

    @Inject TestClock clock;

    @Test
    void isLoadedOnceAndNeverAgain() {
        assertTrue(loader.loadedAt().isPresent());
        long partners =
                given().get("/api/partners").then().extract().jsonPath().getList("$").size();

        assertFalse(loader.loadIfEmpty());

        assertEquals(
                partners,
                given().get("/api/partners").then().extract().jsonPath().getList("$").size());
        for (String code : SAMPLE_CENTERS) {
            given().get("/api/centers/{code}", code).then().statusCode(200);
        }
        List<String> codes =
                given().queryParam("size", 500)
                        .get("/api/centers")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("code");
        assertEquals(1, codes.stream().filter("CAMR-SPS"::equals).count());
    }

    @Test
    void marksEverySampleCenterAsIllustrative() {
        for (String code : SAMPLE_CENTERS) {
            given().get("/api/centers/{code}", code)
                    .then()
                    .body("illustrative", org.hamcrest.Matchers.equalTo(true));
        }
    }

    @Test
    void everySampleCenterHasOneMilestoneOfEachStandardKind() {
        Set<String> standard =
                Arrays.stream(MilestoneKind.values())
                        .filter(MilestoneKind::isStandard)
                        .map(Enum::name)
                        .collect(Collectors.toSet());
        for (String code : SAMPLE_CENTERS) {
            List<String> kinds =
                    given().get("/api/centers/{code}/milestones", code)
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("kind");
            Set<String> standardKinds =
                    kinds.stream().filter(standard::contains).collect(Collectors.toSet());
            assertEquals(standard, standardKinds, code);
            assertEquals(
                    standardKinds.size(), kinds.stream().filter(standard::contains).count(), code);
        }
    }

    @Test
    void everySampleCenterHasReachedTheGatesOfThePhasesItLeft() {
        for (String code : SAMPLE_CENTERS) {
            Phase phase =
                    Phase.valueOf(
                            given().get("/api/centers/{code}", code)
                                    .then()
                                    .extract()
                                    .path("phase"));
            List<Map<String, Object>> milestones =
                    given().get("/api/centers/{code}/milestones", code)
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("$");
            for (Phase left : Phase.values()) {
                if (!phase.isAfter(left)) {
                    break;
                }
                String gate = left.gate().orElseThrow().name();
                assertTrue(
                        milestones.stream()
                                .anyMatch(
                                        m ->
                                                gate.equals(m.get("kind"))
                                                        && m.get("actualDate") != null),
                        code + " left " + left + " without reaching " + gate);
            }
        }
    }

    @Test
    void hasWorksPackagesInEveryStateAndPaymentsInTwoCurrenciesFromTwoGrants() {
        Set<String> statuses = new HashSet<>();
        for (String code : SAMPLE_CENTERS) {
            statuses.addAll(
                    given().get("/api/centers/{code}/work-packages", code)
                            .then()
                            .extract()
                            .jsonPath()
                            .getList("status"));
        }
        assertEquals(
                Arrays.stream(org.rehabtrack.works.WorkPackageStatus.values())
                        .map(Enum::name)
                        .collect(Collectors.toSet()),
                statuses);

        given().queryParam("statusDate", "2026-11-28")
                .get("/api/centers/CAMR-SPS/budget")
                .then()
                .statusCode(200)
                .body(
                        "byFundingSource.fundingSource",
                        org.hamcrest.Matchers.containsInAnyOrder("UE-2026-HN", "COSUDE-2026-HN"))
                .body("rates.currency", org.hamcrest.Matchers.hasItem("HNL"))
                .body(
                        "byFundingSource.find { it.fundingSource == 'COSUDE-2026-HN' }.spent.currency",
                        org.hamcrest.Matchers.equalTo("HNL"))
                .body(
                        "byFundingSource.find { it.fundingSource == 'UE-2026-HN' }.spent.currency",
                        org.hamcrest.Matchers.equalTo("USD"));
    }

    @Test
    void showsEveryStatusAsOfTheDayTheSampleWasWrittenFor() {
        clock.setToday(LocalDate.of(2026, 11, 28));
        try {
            Set<String> statuses = new HashSet<>();
            for (String code : SAMPLE_CENTERS) {
                statuses.addAll(
                        given().get("/api/centers/{code}/milestones", code)
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("status"));
            }
            assertEquals(
                    Set.of("COMPLETED", "LATE", "AT_RISK", "ON_TRACK", "NOT_STARTED"), statuses);
        } finally {
            clock.reset();
        }
    }

    @Test
    void listsTheThreeSampleCentersWithTheirPhases() {
        given().when()
                .get("/api/centers")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("code", hasItems("CAMR-SPS", "CAMR-OMOA", "CANFM-BELEN"))
                .body("find { it.code == 'CAMR-SPS' }.phase", equalTo("WORKS"))
                .body("find { it.code == 'CAMR-OMOA' }.phase", equalTo("PRELIMINARY_PROJECT"))
                .body("find { it.code == 'CANFM-BELEN' }.phase", equalTo("PARTNERSHIP"))
                .body("find { it.code == 'CANFM-BELEN' }.type", equalTo("CANFM"))
                .body("find { it.code == 'CANFM-BELEN' }.municipality", equalTo("San Pedro Sula"))
                .body("find { it.code == 'CANFM-BELEN' }.illustrative", equalTo(true));
    }

    @Test
    void everySampleCenterHasAnInitialEvaluationFailingAStandard() {
        for (String code : SAMPLE_CENTERS) {
            given().get("/api/centers/{code}/evaluations", code)
                    .then()
                    .statusCode(200)
                    .body("kind", hasItem("INITIAL"))
                    .body("[0].illustrative", equalTo(true))
                    .body("[0].standardsChecks.passed", hasItem(false))
                    .body("[0].services", hasSize(10));
        }
    }

    @Test
    void theSampleHasAPricedProjectForEachCenter() {
        for (String code : SAMPLE_CENTERS) {
            given().get("/api/centers/{code}/preliminary-project", code)
                    .then()
                    .statusCode(200)
                    .body("chapters.size()", org.hamcrest.Matchers.greaterThan(2))
                    .body("total", hasSize(1))
                    .body("illustrative", equalTo(true));
        }
        given().get("/api/centers/CAMR-SPS/preliminary-project")
                .then()
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void theDemoDonorSeesTheTwoCentersCosudeFunds() {
        given().auth()
                .preemptive()
                .basic("donor", SignedInAsManager.DEMO_PASSWORD)
                .get("/api/centers")
                .then()
                .body("code", hasItems("CAMR-SPS", "CAMR-OMOA"))
                .body("code", not(hasItem("CANFM-BELEN")));
        given().get("/api/centers").then().body("code", hasItem("CANFM-BELEN"));
    }

    @Test
    void listsTheInstitutionsOfTheSeed() {
        given().get("/api/partners")
                .then()
                .statusCode(200)
                .body("acronym", hasItems("SRECI", "DINAF", "OABI", "UNICEF", "UNHCR", "IOM"))
                .body("find { it.acronym == 'OABI' }.kind", equalTo("STATE"))
                .body("find { it.acronym == 'UNICEF' }.kind", equalTo("UN_AGENCY"))
                // The seed's contractor; tests register contractors of their own, not illustrative.
                .body("find { it.acronym == 'CVALLE' }.kind", equalTo("CONTRACTOR"))
                .body("find { it.acronym == 'CVALLE' }.illustrative", equalTo(true));
    }

    @Test
    void theSampleHasOneSignedOneInNegotiationAndAnOverdueCommitment() {
        clock.setToday(LocalDate.of(2026, 11, 28));
        try {
            given().get("/api/centers/CAMR-SPS/agreements")
                    .then()
                    .body("[0].status", equalTo("SIGNED"));
            given().get("/api/centers/CANFM-BELEN/agreements")
                    .then()
                    .body("[0].status", equalTo("IN_NEGOTIATION"));
            given().get("/api/centers/CAMR-OMOA/agreements")
                    .then()
                    .body(
                            "[0].commitments.find { it.partner == 'DINAF' && it.kind == 'STAFF_CENTER' }.overdue",
                            equalTo(true));
        } finally {
            clock.reset();
        }
    }

    @Test
    void everySampleCenterHasFindingsOfEverySeverity() {
        for (String code : SAMPLE_CENTERS) {
            given().get("/api/centers/{code}/findings", code)
                    .then()
                    .statusCode(200)
                    .body("severity", hasItem("CRITICAL"))
                    .body("severity", hasItem("HIGH"))
                    .body("severity", hasItem("MEDIUM"))
                    .body("severity", hasItem("LOW"));
        }
    }

    @Test
    void theDashboardSaysTheSampleIsIllustrative() {
        org.rehabtrack.system.TestSessions.page("manager")
                .accept("text/html")
                .get("/")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Illustrative sample data"));
    }

    @Test
    void theSampleDataIsRecordedAsTheSystemsWorkDownToTheBillOfQuantities() {
        given().queryParam("record", "BoqLine")
                .get("/api/centers/CAMR-SPS/history")
                .then()
                .statusCode(200)
                .body("size()", org.hamcrest.Matchers.greaterThan(0))
                .body("[0].user", equalTo("system"))
                .body("[0].action", equalTo("CREATE"));
        given().queryParam("record", "Expenditure")
                .get("/api/centers/CAMR-SPS/history")
                .then()
                .body("size()", org.hamcrest.Matchers.greaterThan(0));
    }
}

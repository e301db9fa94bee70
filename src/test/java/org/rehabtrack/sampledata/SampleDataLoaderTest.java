package org.rehabtrack.sampledata;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
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
import org.rehabtrack.system.TestClock;

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
}

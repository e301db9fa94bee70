package org.rehabtrack.iati;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.funding.BudgetAllocationRepository;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.TestCenters;
import org.rehabtrack.system.TestFunding;
import org.rehabtrack.system.persistence.CenterIds;

/**
 * Centers as IATI activities: the programme and one activity per center, linked both ways, with
 * identifiers unique and prefixed by the reporting organisation's, valid against IATI's schema.
 */
@QuarkusTest
class IatiActivitiesTest {

    @Inject IatiActivities activities;

    @Inject CenterRepository centers;

    @Inject Clock clock;

    @Inject BudgetAllocationRepository allocations;

    @Test
    void centersWithTheirRecordsAreValidActivitiesOfTheProgramme() throws Exception {
        String first = TestCenters.withRecords();
        String second = TestCenters.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<IatiActivity> written =
                QuarkusTransaction.requiringNew()
                        .call(
                                () -> {
                                    List<Center> both =
                                            List.of(
                                                    centers.findByCode(first).orElseThrow(),
                                                    centers.findByCode(second).orElseThrow());
                                    List<IatiActivity> list =
                                            activities.of(
                                                    both,
                                                    AsOf.of(LocalDate.now(clock), clock),
                                                    VisibilityScope.EVERYTHING,
                                                    null,
                                                    java.net.URI.create("http://localhost:8080/"));
                                    IatiWriter.write(
                                            out, activities.reporter(), clock.instant(), list);
                                    return list;
                                });
        byte[] document = out.toByteArray();
        assertEquals(
                List.of(),
                IatiSchema.errors(document),
                new String(document, StandardCharsets.UTF_8));

        assertEquals(3, written.size());
        IatiActivity programme = written.get(0);
        assertEquals(1, programme.hierarchy());
        Set<String> identifiers = new HashSet<>();
        for (IatiActivity activity : written) {
            assertTrue(identifiers.add(activity.identifier()), "unique: " + activity.identifier());
            assertTrue(
                    activity.identifier().startsWith(activities.reporter().ref() + "-"),
                    activity.identifier());
        }
        for (IatiActivity center : written.subList(1, 3)) {
            assertEquals(2, center.hierarchy());
            assertEquals(
                    List.of(new IatiActivity.Related(1, programme.identifier())), center.related());
            assertTrue(
                    programme.related().contains(new IatiActivity.Related(2, center.identifier())),
                    programme.related().toString());
            for (IatiActivity.Dated start : center.dates()) {
                for (IatiActivity.Dated end : center.dates()) {
                    if (start.type() == end.type() - 2) {
                        assertTrue(
                                !start.date().isAfter(end.date()),
                                "start before end: " + center.dates());
                    }
                }
            }
        }
        assertTrue(
                written.get(1).identifier().endsWith("-" + first)
                        || written.get(2).identifier().endsWith("-" + first),
                "each center by its code");
    }

    /** The donors funding a center take part, as funders; a donor is told of no other donor. */
    @Test
    void theDonorsOfACentersGrantsFundItsActivityAsTheReaderSeesThem() {
        String center = TestCenters.create();
        String donorA = "Donante A " + System.nanoTime();
        String donorB = "Donante B " + System.nanoTime();
        String grantA = TestFunding.grant("50000.00", "USD", donor(donorA));
        String grantB = TestFunding.grant("80000.00", "USD", donor(donorB));
        TestFunding.allocate(grantA, center, "1000.00", "USD");
        TestFunding.allocate(grantB, center, "2000.00", "USD");
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            Center entity = centers.findByCode(center).orElseThrow();
                            AsOf today = AsOf.of(LocalDate.now(clock), clock);
                            assertEquals(
                                    Set.of(donorA, donorB),
                                    Set.copyOf(
                                            funders(
                                                    activities.of(
                                                            List.of(entity),
                                                            today,
                                                            VisibilityScope.EVERYTHING,
                                                            null,
                                                            null))));
                            FundingSource a =
                                    allocations
                                            .grantsOf(CenterIds.of(List.of(entity.getId())))
                                            .get(entity.getId())
                                            .stream()
                                            .filter(g -> g.getCode().equals(grantA))
                                            .findFirst()
                                            .orElseThrow();
                            VisibilityScope donorOfA =
                                    new VisibilityScope(
                                            Set.of(entity.getId()),
                                            a.getDonor().getId(),
                                            java.util.Map.of(a.getId(), a.getCode()));
                            assertEquals(
                                    List.of(donorA),
                                    funders(
                                            activities.of(
                                                    List.of(entity), today, donorOfA, null, null)));
                        });
    }

    /** A donor of the given name: answers its acronym. */
    private static String donor(String name) {
        String acronym = "IATI" + System.nanoTime() % 100_000_000 + name.charAt(8);
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("acronym", acronym, "name", name, "kind", "DONOR"))
                .post("/api/partners")
                .then()
                .statusCode(201);
        return acronym;
    }

    /** The names of the funders of the (one) center's activity, by the names the test gave. */
    private List<String> funders(List<IatiActivity> written) {
        return written.get(1).participants().stream()
                .filter(p -> p.role() == 1)
                .map(p -> p.organisation().name().en())
                .toList();
    }
}

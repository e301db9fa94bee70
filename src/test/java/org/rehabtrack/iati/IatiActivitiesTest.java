package org.rehabtrack.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
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
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.TestCenters;

/**
 * Centers as IATI activities: the programme and one activity per center, linked both ways, with
 * identifiers unique and prefixed by the reporting organisation's, valid against IATI's schema.
 */
@QuarkusTest
class IatiActivitiesTest {

    @Inject IatiActivities activities;

    @Inject CenterRepository centers;

    @Inject Clock clock;

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
                                                    both, AsOf.of(LocalDate.now(clock), clock));
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
}

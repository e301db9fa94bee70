package org.rehabtrack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SCurveTest {

    private static SCurve.Package pkg(String bac, String start, String end, Object... reports) {
        TreeMap<LocalDate, BigDecimal> history = new TreeMap<>();
        for (int i = 0; i < reports.length; i += 2) {
            history.put(
                    LocalDate.parse((String) reports[i]), new BigDecimal((String) reports[i + 1]));
        }
        return new SCurve.Package(
                new BigDecimal(bac), LocalDate.parse(start), LocalDate.parse(end), history);
    }

    @Test
    void plansLinearlyOverEachPeriodAndEarnsWhatWasReportedWeightedByBudget() {
        // 30,000 planned over April (30 days), 10,000 over May; 50% of the first reported on 15
        // April.
        SCurve curve =
                SCurve.of(
                        List.of(
                                pkg("30000.00", "2026-04-01", "2026-05-01", "2026-04-15", "50"),
                                pkg("10000.00", "2026-05-01", "2026-05-31")),
                        LocalDate.parse("2026-04-20"));

        assertEquals(new BigDecimal("40000.00"), curve.bac());
        List<SCurve.Point> points = curve.points();
        assertEquals(
                List.of(
                        LocalDate.parse("2026-04-01"),
                        LocalDate.parse("2026-04-20"),
                        LocalDate.parse("2026-04-30"),
                        LocalDate.parse("2026-05-31")),
                points.stream().map(SCurve.Point::date).toList());

        assertEquals(BigDecimal.ZERO.setScale(2), points.get(0).planned());
        SCurve.Point status = points.get(1);
        assertEquals(new BigDecimal("19000.00"), status.planned()); // 30,000 × 19/30
        assertEquals(new BigDecimal("15000.00"), status.earned()); // 30,000 × 50%
        assertEquals(new BigDecimal("0.475000"), status.plannedShare());
        assertEquals(new BigDecimal("0.375000"), status.earnedShare());

        SCurve.Point april = points.get(2);
        assertEquals(new BigDecimal("29000.00"), april.planned());
        assertNull(april.earned(), "nothing is actual after the status date");
        assertEquals(new BigDecimal("1.000000"), points.get(3).plannedShare());
    }

    @Test
    void plannedNeverFallsAndEndsAtTheWholeBudget() {
        SCurve curve =
                SCurve.of(
                        List.of(
                                pkg("1000.00", "2026-01-10", "2026-03-20"),
                                pkg(
                                        "2500.50",
                                        "2026-02-01",
                                        "2026-06-15",
                                        "2026-03-01",
                                        "20",
                                        "2026-04-01",
                                        "45")),
                        LocalDate.parse("2026-04-10"));
        BigDecimal previous = BigDecimal.ZERO;
        for (SCurve.Point point : curve.points()) {
            assertTrue(point.plannedShare().compareTo(previous) >= 0, point.toString());
            previous = point.plannedShare();
        }
        assertEquals(0, previous.compareTo(BigDecimal.ONE));
        assertEquals(
                LocalDate.parse("2026-06-30"),
                curve.points().get(curve.points().size() - 1).date());
    }

    @Test
    void hasNoPointsWithoutAnyBudget() {
        assertTrue(SCurve.of(List.of(), LocalDate.parse("2026-04-10")).points().isEmpty());
    }
}

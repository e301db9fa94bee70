package org.rehabtrack.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;
import org.rehabtrack.works.EarnedValue;

/**
 * Planned against actual cumulative progress of a set of works packages, as shares of their budget
 * at completion: at the first planned start (or first report, if earlier), at each month end to the
 * last planned end (or the status date, if later), and at the status date itself. Planned is the
 * sum of the packages' planned values, actual the sum of their earned values, both computed as
 * {@link EarnedValue} computes them, so the actual share at the status date is the budget-weighted
 * physical progress the summary shows. Actual stops at the status date.
 */
public record SCurve(BigDecimal bac, List<Point> points) {

    /**
     * A works package as the curve needs it: budget in dollars, planned period, reported % by date.
     */
    record Package(
            BigDecimal bacUsd,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            NavigableMap<LocalDate, BigDecimal> percentByDate) {

        BigDecimal percentOn(LocalDate date) {
            var reported = percentByDate.floorEntry(date);
            return reported == null ? BigDecimal.ZERO : reported.getValue();
        }
    }

    /**
     * One date of the curve: planned and earned value in dollars, and their shares of the BAC (0 to
     * 1).
     */
    public record Point(
            LocalDate date,
            BigDecimal planned,
            BigDecimal earned,
            BigDecimal plannedShare,
            BigDecimal earnedShare) {

        public boolean hasActual() {
            return earned != null;
        }
    }

    static SCurve of(List<Package> packages, LocalDate statusDate) {
        BigDecimal bac = BigDecimal.ZERO.setScale(2);
        LocalDate first = null;
        LocalDate last = statusDate;
        for (Package p : packages) {
            bac = bac.add(p.bacUsd());
            for (LocalDate d :
                    new LocalDate[] {
                        p.plannedStart(),
                        p.percentByDate().isEmpty() ? null : p.percentByDate().firstKey()
                    }) {
                first = d != null && (first == null || d.isBefore(first)) ? d : first;
            }
            last = p.plannedEnd() != null && p.plannedEnd().isAfter(last) ? p.plannedEnd() : last;
        }
        List<Point> points = new ArrayList<>();
        if (first == null || bac.signum() == 0) {
            return new SCurve(bac, points);
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(first);
        for (YearMonth m = YearMonth.from(first);
                !m.isAfter(YearMonth.from(last));
                m = m.plusMonths(1)) {
            dates.add(m.atEndOfMonth());
        }
        dates.add(statusDate);
        for (LocalDate date : dates) {
            List<EarnedValue> values = new ArrayList<>();
            for (Package p : packages) {
                values.add(
                        EarnedValue.of(
                                date,
                                p.bacUsd(),
                                p.plannedStart(),
                                p.plannedEnd(),
                                p.percentOn(date),
                                BigDecimal.ZERO));
            }
            EarnedValue sum = EarnedValue.sum(date, values);
            boolean actual = !date.isAfter(statusDate);
            points.add(
                    new Point(
                            date,
                            sum.pv(),
                            actual ? sum.ev() : null,
                            share(sum.pv(), bac),
                            actual ? share(sum.ev(), bac) : null));
        }
        return new SCurve(bac, points);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 6, RoundingMode.HALF_UP);
    }
}

package org.rehabtrack.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A cut-off date and the first instant after it in the service's time zone: what a report or a
 * roll-up for that date shows is what the records said at that instant, dated facts (payments,
 * progress reports, actual dates, phase changes, decisions) counted by their own date
 * (docs/reports.md, "As of the cut-off date"). {@code current} when that instant has not come yet:
 * nothing was recorded after it, and the records' present values are those of the date.
 */
public record AsOf(LocalDate date, Instant end, boolean current) {

    /** The records as they are now. */
    public static final AsOf NOW = new AsOf(LocalDate.MAX, Instant.MAX, true);

    public static AsOf of(LocalDate date, Clock clock) {
        Instant end = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return new AsOf(date, end, end.isAfter(clock.instant()));
    }

    /** A fact dated on a day, or null if it is dated after the cut-off (not yet happened then). */
    public LocalDate happened(LocalDate dated) {
        return dated == null || dated.isAfter(date) ? null : dated;
    }
}

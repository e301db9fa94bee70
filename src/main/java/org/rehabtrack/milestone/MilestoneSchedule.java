package org.rehabtrack.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates of a milestone, and the status and slip derived from them on a given day. The rules, in
 * order (docs/milestones.md):
 *
 * <ol>
 *   <li>COMPLETED: an actual date is recorded;
 *   <li>NOT_STARTED: neither a baseline nor a forecast is set yet;
 *   <li>LATE: its due date (the forecast, else the baseline) has passed;
 *   <li>AT_RISK: not yet due, but forecast later than the baseline;
 *   <li>ON_TRACK: otherwise.
 * </ol>
 *
 * Slip is the number of days from the baseline to the expected date: the actual date when
 * completed, else the due date, or today once that has passed. Negative slip is ahead of plan.
 */
public record MilestoneSchedule(LocalDate baseline, LocalDate forecast, LocalDate actual) {

    public MilestoneStatus status(LocalDate today) {
        if (actual != null) {
            return MilestoneStatus.COMPLETED;
        }
        LocalDate due = due();
        if (due == null) {
            return MilestoneStatus.NOT_STARTED;
        }
        if (due.isBefore(today)) {
            return MilestoneStatus.LATE;
        }
        if (baseline != null && forecast != null && forecast.isAfter(baseline)) {
            return MilestoneStatus.AT_RISK;
        }
        return MilestoneStatus.ON_TRACK;
    }

    /** Days from the baseline to the expected date; null without a baseline. */
    public Integer slipDays(LocalDate today) {
        LocalDate expected = expected(today);
        if (baseline == null || expected == null) {
            return null;
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(baseline, expected));
    }

    /** The date the milestone was reached, or is now expected to be. */
    public LocalDate expected(LocalDate today) {
        if (actual != null) {
            return actual;
        }
        LocalDate due = due();
        if (due == null) {
            return null;
        }
        return due.isBefore(today) ? today : due;
    }

    /** The forecast, or the baseline when nothing has been forecast. */
    public LocalDate due() {
        return forecast != null ? forecast : baseline;
    }
}

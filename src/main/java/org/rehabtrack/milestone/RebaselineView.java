package org.rehabtrack.milestone;

import java.time.Instant;
import java.time.LocalDate;

/** One moved baseline of a milestone. */
public record RebaselineView(
        long id, LocalDate previousDate, LocalDate newDate, String reason, Instant recordedAt) {

    static RebaselineView of(MilestoneRebaseline r) {
        return new RebaselineView(
                r.getId(), r.getPreviousDate(), r.getNewDate(), r.getReason(), r.getRecordedAt());
    }
}

package org.rehabtrack.works;

import java.util.EnumSet;
import java.util.Set;
import org.rehabtrack.system.problem.Labelled;

/**
 * The life of a works package: planned, tendering, contracted, in progress (possibly suspended),
 * completed, handed over; or cancelled before completion.
 */
@Labelled("works.status")
public enum WorkPackageStatus {
    PLANNED,
    TENDERING,
    CONTRACTED,
    IN_PROGRESS,
    SUSPENDED,
    COMPLETED,
    HANDED_OVER,
    CANCELLED;

    public Set<WorkPackageStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(TENDERING, CANCELLED);
            case TENDERING -> EnumSet.of(CONTRACTED, PLANNED, CANCELLED);
            case CONTRACTED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(SUSPENDED, COMPLETED);
            case SUSPENDED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case COMPLETED -> EnumSet.of(HANDED_OVER);
            case HANDED_OVER, CANCELLED -> EnumSet.noneOf(WorkPackageStatus.class);
        };
    }

    public boolean canMoveTo(WorkPackageStatus target) {
        return next().contains(target);
    }

    /**
     * Whether the package counts: in budgets, commitments, the S-curve and the works' completion.
     * The one rule: every status but {@link #CANCELLED}; {@link #COUNTED} for queries.
     */
    public boolean counts() {
        return this != CANCELLED;
    }

    /** The statuses that count, for a query's {@code status in :counted}. */
    public static final Set<WorkPackageStatus> COUNTED =
            EnumSet.complementOf(EnumSet.of(CANCELLED));

    /** Whether the works are done: completed or handed over. */
    public boolean isDone() {
        return this == COMPLETED || this == HANDED_OVER;
    }

    /**
     * Whether progress can be reported: the works are under way. The one rule: {@code WorkPackage}
     * checks it and the center page asks it before offering the progress form.
     */
    public boolean takesProgress() {
        return this == IN_PROGRESS || this == SUSPENDED;
    }
}

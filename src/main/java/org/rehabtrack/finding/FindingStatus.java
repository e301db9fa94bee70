package org.rehabtrack.finding;

import java.util.EnumSet;
import java.util.Set;
import org.rehabtrack.system.problem.Labelled;

/**
 * The life of a finding: open, planned (a works package addresses it), resolved (that package is
 * done), verified (an engineer checked it on site); or deferred, with a reason. Moving back to open
 * (reopening) also needs a reason.
 */
@Labelled("finding.status")
public enum FindingStatus {
    OPEN,
    PLANNED,
    RESOLVED,
    VERIFIED,
    DEFERRED;

    /** The statuses a finding in this status may move to. */
    public Set<FindingStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(PLANNED, DEFERRED);
            case PLANNED -> EnumSet.of(RESOLVED, OPEN, DEFERRED);
            case RESOLVED -> EnumSet.of(VERIFIED, OPEN);
            case DEFERRED -> EnumSet.of(OPEN);
            case VERIFIED -> EnumSet.noneOf(FindingStatus.class);
        };
    }

    public boolean canMoveTo(FindingStatus target) {
        return next().contains(target);
    }

    /** Deferring, and reopening a finding that had moved on, must say why. */
    public boolean needsReason(FindingStatus target) {
        return target == DEFERRED || target == OPEN;
    }
}

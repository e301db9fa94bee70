package org.rehabtrack.center;

import java.util.Optional;
import org.rehabtrack.system.problem.Labelled;

/**
 * The life of a center, in order. Each phase but the last ends at a gate milestone: a center leaves
 * the phase only once that milestone has an actual date.
 */
@Labelled("phase")
public enum Phase {
    EVALUATION(MilestoneKind.EVALUATION_COMPLETED),
    PARTNERSHIP(MilestoneKind.AGREEMENT_SIGNED),
    PRELIMINARY_PROJECT(MilestoneKind.PRELIMINARY_PROJECT_APPROVED),
    WORKS(MilestoneKind.WORKS_COMPLETED),
    INAUGURATION(MilestoneKind.INAUGURATION),
    COMPLETED(null);

    private final MilestoneKind gate;

    Phase(MilestoneKind gate) {
        this.gate = gate;
    }

    /** The milestone that must be reached before the center leaves this phase. */
    public Optional<MilestoneKind> gate() {
        return Optional.ofNullable(gate);
    }

    public boolean isAfter(Phase other) {
        return ordinal() > other.ordinal();
    }
}

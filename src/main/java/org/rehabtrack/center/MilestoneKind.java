package org.rehabtrack.center;

import org.rehabtrack.system.problem.Labelled;

/**
 * What a milestone marks. Every kind but {@link #CUSTOM} is a standard milestone: a center has
 * exactly one of each, created with the center. Five of them are the gates of the phases.
 */
@Labelled("milestone.kind")
public enum MilestoneKind {
    EVALUATION_COMPLETED,
    AGREEMENT_SIGNED,
    PRELIMINARY_PROJECT_APPROVED,
    WORKS_CONTRACT_AWARDED,
    WORKS_STARTED,
    WORKS_COMPLETED,
    HANDOVER,
    INAUGURATION,
    CUSTOM;

    public boolean isStandard() {
        return this != CUSTOM;
    }

    /** Key of the kind's name in the message bundle. */
    public String labelKey() {
        return "milestone.kind." + name();
    }
}

package org.rehabtrack.milestone;

import org.rehabtrack.system.problem.Labelled;

/**
 * Where a milestone stands; always derived from its dates, never typed. See {@link
 * MilestoneSchedule}.
 */
@Labelled("milestone.status")
public enum MilestoneStatus {
    COMPLETED,
    LATE,
    AT_RISK,
    ON_TRACK,
    NOT_STARTED
}

package org.rehabtrack.milestone;

/**
 * Where a milestone stands; always derived from its dates, never typed. See {@link
 * MilestoneSchedule}.
 */
public enum MilestoneStatus {
    COMPLETED,
    LATE,
    AT_RISK,
    ON_TRACK,
    NOT_STARTED
}

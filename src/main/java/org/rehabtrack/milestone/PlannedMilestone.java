package org.rehabtrack.milestone;

import org.rehabtrack.center.MilestoneKind;

/** A milestone of a center's plan as it stood at a cut-off date: its name, kind and dates then. */
public record PlannedMilestone(
        long id, long center, String name, MilestoneKind kind, MilestoneSchedule schedule) {

    static PlannedMilestone of(Milestone m) {
        return new PlannedMilestone(
                m.getId(), m.getCenter().getId(), m.getName(), m.getKind(), m.schedule());
    }
}

package org.rehabtrack.milestone;

import jakarta.validation.constraints.NotNull;

/** A change to a milestone, read over its current values: fields left out keep them. */
public class MilestonePatch extends MilestoneDetails {

    /** The version the client last read. */
    @NotNull public Long version;

    static MilestonePatch of(Milestone milestone) {
        MilestonePatch patch = new MilestonePatch();
        patch.name = milestone.getName();
        patch.baselineDate = milestone.getBaselineDate();
        patch.forecastDate = milestone.getForecastDate();
        patch.actualDate = milestone.getActualDate();
        patch.note = milestone.getNote();
        return patch;
    }
}

package org.rehabtrack.milestone;

import jakarta.validation.constraints.NotNull;
import org.rehabtrack.center.MilestoneKind;

/** What a client sends to add a milestone to a center. */
public class NewMilestone extends MilestoneDetails {

    @NotNull public MilestoneKind kind;
}

package org.rehabtrack.milestone;

import jakarta.validation.constraints.NotNull;

/** What a client sends to add a milestone to a center. */
public class NewMilestone extends MilestoneDetails {

    @NotNull public MilestoneKind kind;
}

package org.rehabtrack.sampledata;

import jakarta.validation.constraints.NotBlank;
import org.rehabtrack.milestone.NewMilestone;

/**
 * A row of {@code milestones.csv}: a milestone request with the code of its center, which the API
 * takes from the path.
 */
public class SampleMilestone extends NewMilestone {

    @NotBlank public String center;
}

package org.rehabtrack.sampledata;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.rehabtrack.evaluation.NewEvaluation;

/**
 * An entry of {@code evaluations.json}: an evaluation request with its center and the findings
 * logged during it.
 */
public class SampleEvaluation extends NewEvaluation {

    @NotBlank public String center;

    @NotNull public List<@NotNull @Valid SampleFinding> findings = new ArrayList<>();
}

package org.rehabtrack.sampledata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.rehabtrack.center.Phase;

/**
 * A row of {@code phase-history.csv}: a phase a center was in before its current one, and since
 * when.
 */
public class SamplePhase {

    @NotBlank public String center;

    @NotNull public Phase phase;

    @NotNull public LocalDate since;
}

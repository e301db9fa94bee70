package org.rehabtrack.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fields of an evaluation that engineers set, shared by its creation and its updates. */
public class EvaluationDetails {

    /** The day of the visit; not after today. */
    @NotNull public LocalDate date;

    @NotBlank
    @Size(max = 200)
    public String leadEngineer;

    @Size(max = 10_000)
    public String summary;

    @Valid public Measurements measurements;

    /** The working-model services rated; each service at most once. */
    @NotNull
    @Size(max = 50)
    public List<@NotNull @Valid ServiceAssessment> services = new ArrayList<>();
}

package org.rehabtrack.evaluation;

import jakarta.validation.constraints.NotNull;

/** What a client sends to record a site evaluation. */
public class NewEvaluation extends EvaluationDetails {

    @NotNull public EvaluationKind kind;
}

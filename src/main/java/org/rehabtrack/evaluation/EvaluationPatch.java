package org.rehabtrack.evaluation;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;

/** A correction to an evaluation, read over its current values: fields left out keep them. */
public class EvaluationPatch extends EvaluationDetails {

    @NotNull public Long version;

    static EvaluationPatch of(Evaluation evaluation) {
        EvaluationPatch patch = new EvaluationPatch();
        patch.date = evaluation.getEvaluationDate();
        patch.leadEngineer = evaluation.getLeadEngineer();
        patch.summary = evaluation.getSummary();
        patch.measurements = evaluation.getMeasurements();
        patch.services = new ArrayList<>(evaluation.getServices());
        return patch;
    }
}

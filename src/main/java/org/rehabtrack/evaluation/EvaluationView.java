package org.rehabtrack.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation as the API shows it, with its standards checks computed from the measurements.
 * {@code instanceId} names the KoboToolbox or ODK submission it was imported from, if any.
 */
public record EvaluationView(
        long id,
        String center,
        EvaluationKind kind,
        LocalDate date,
        String leadEngineer,
        String summary,
        Measurements measurements,
        List<StandardCheck> standardsChecks,
        List<ServiceAssessment> services,
        boolean illustrative,
        String instanceId,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static EvaluationView of(Evaluation e, Standards standards) {
        return new EvaluationView(
                e.getId(),
                e.getCenter().getCode(),
                e.getKind(),
                e.getEvaluationDate(),
                e.getLeadEngineer(),
                e.getSummary(),
                e.getMeasurements(),
                standards.check(e.getMeasurements()),
                List.copyOf(e.getServices()),
                e.isIllustrative(),
                e.getInstanceId(),
                e.getVersion(),
                e.getCreatedAt(),
                e.getUpdatedAt());
    }
}

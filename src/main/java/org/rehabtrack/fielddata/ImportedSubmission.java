package org.rehabtrack.fielddata;

import java.util.List;
import org.rehabtrack.system.problem.FieldError;

/**
 * What the import did with one submission (by its instance id and its row in the export, the header
 * being row 1): created its evaluation (with its findings and the number of photos), found it
 * imported before (the evaluation it made then), or refused it, with why, each answer at fault
 * named by its question, nothing of it kept.
 */
public record ImportedSubmission(
        String instanceId,
        int row,
        Outcome outcome,
        Long evaluation,
        List<Long> findings,
        int photos,
        String reason,
        List<FieldError> errors) {

    /** The three things an import can do with a submission. */
    public enum Outcome {
        CREATED,
        ALREADY_IMPORTED,
        REFUSED
    }

    static ImportedSubmission created(
            Submission s, long evaluation, List<Long> findings, int photos) {
        return new ImportedSubmission(
                s.instanceId(),
                s.row(),
                Outcome.CREATED,
                evaluation,
                findings,
                photos,
                null,
                List.of());
    }

    static ImportedSubmission already(Submission s, long evaluation) {
        return new ImportedSubmission(
                s.instanceId(),
                s.row(),
                Outcome.ALREADY_IMPORTED,
                evaluation,
                List.of(),
                0,
                null,
                List.of());
    }

    static ImportedSubmission refused(Submission s, String reason, List<FieldError> errors) {
        return new ImportedSubmission(
                s.instanceId(), s.row(), Outcome.REFUSED, null, List.of(), 0, reason, errors);
    }
}

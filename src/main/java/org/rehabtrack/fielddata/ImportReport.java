package org.rehabtrack.fielddata;

import java.util.List;

/** What an import did: how many submissions it created, found imported before and refused; each. */
public record ImportReport(
        int created, int alreadyImported, int refused, List<ImportedSubmission> submissions) {

    static ImportReport of(List<ImportedSubmission> submissions) {
        return new ImportReport(
                count(submissions, ImportedSubmission.Outcome.CREATED),
                count(submissions, ImportedSubmission.Outcome.ALREADY_IMPORTED),
                count(submissions, ImportedSubmission.Outcome.REFUSED),
                submissions);
    }

    private static int count(List<ImportedSubmission> all, ImportedSubmission.Outcome outcome) {
        return (int) all.stream().filter(s -> s.outcome() == outcome).count();
    }
}

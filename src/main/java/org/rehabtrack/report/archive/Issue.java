package org.rehabtrack.report.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * A workbook about to be issued, as the archive keeps it: the report's name ({@code progress},
 * {@code budget}, {@code findings}, {@code history}), the file name it is downloaded under, its
 * language, the centers it covers (codes and ids, in the same order; {@code allCenters} when none
 * was left out), the funding source (null for all), its period and cut-off date, the parameters
 * that write it again ({@code parameters}, a query string with the cut-off date as {@code
 * statusDate}), who asked, and the donor whose grants alone it shows in full (null when it shows
 * every grant).
 */
public record Issue(
        String report,
        String fileName,
        String language,
        boolean allCenters,
        List<String> centerCodes,
        List<Long> centerIds,
        String fundingSource,
        LocalDate from,
        LocalDate to,
        LocalDate cutOff,
        String parameters,
        String requestedBy,
        Long shownDonor) {

    public Issue {
        centerCodes = List.copyOf(centerCodes);
        centerIds = List.copyOf(centerIds);
    }
}

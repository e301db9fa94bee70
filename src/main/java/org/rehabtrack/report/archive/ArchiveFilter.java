package org.rehabtrack.report.archive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which archived workbooks a list shows; null means any. {@code center} is a center's id; {@code
 * from} and {@code to} bound the workbooks' cut-off dates, {@code issuedFrom} and {@code issuedTo}
 * the moments they were issued (the end excluded).
 */
public record ArchiveFilter(
        String report,
        Long center,
        String fundingSource,
        LocalDate from,
        LocalDate to,
        Instant issuedFrom,
        Instant issuedTo) {

    /** No filter: every workbook the reader may see. */
    public static final ArchiveFilter NONE =
            new ArchiveFilter(null, null, null, null, null, null, null);
}

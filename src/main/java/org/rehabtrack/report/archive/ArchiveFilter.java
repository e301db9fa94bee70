package org.rehabtrack.report.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which archived workbooks a list shows; null means any. {@code center} is a center's id; {@code
 * from} and {@code to} bound the workbooks' cut-off dates, {@code issuedFrom} and {@code issuedTo}
 * the days they were issued, both included, in the service's time zone.
 */
public record ArchiveFilter(
        String report,
        Long center,
        String fundingSource,
        LocalDate from,
        LocalDate to,
        LocalDate issuedFrom,
        LocalDate issuedTo) {

    /** No filter: every workbook the reader may see. */
    public static final ArchiveFilter NONE =
            new ArchiveFilter(null, null, null, null, null, null, null);

    /** The first moment of {@code issuedFrom} in the zone; null for none. */
    Instant issuedSince(ZoneId zone) {
        return issuedFrom == null ? null : issuedFrom.atStartOfDay(zone).toInstant();
    }

    /** The first moment after {@code issuedTo} in the zone; null for none. */
    Instant issuedBefore(ZoneId zone) {
        return issuedTo == null ? null : issuedTo.plusDays(1).atStartOfDay(zone).toInstant();
    }
}

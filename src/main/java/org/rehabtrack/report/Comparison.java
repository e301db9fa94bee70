package org.rehabtrack.report;

import java.util.List;
import org.rehabtrack.audit.HistoryEntryView;

/**
 * An archived workbook written again, as of the moment it was issued, and compared cell by cell:
 * whether every cell is the same, how many were compared and differ, the first differences, and the
 * corrections recorded since it was issued (facts dated on or before its cut-off date recorded,
 * changed or deleted later), which explain them.
 */
public record Comparison(
        long id,
        boolean same,
        int cells,
        int differing,
        List<CellDifference> differences,
        List<HistoryEntryView> corrections) {

    /** The most differences an answer lists; {@code differing} counts them all. */
    static final int LISTED = 100;

    /** A cell ({@code Sheet!A1}) as archived and as written again (null when empty). */
    public record CellDifference(String cell, String archived, String now) {}
}

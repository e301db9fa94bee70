package org.rehabtrack.report;

import java.util.Arrays;

/**
 * A column of a report sheet: its place, the label of its header ({@code report.col.<key>}) and its
 * width in characters. Each sheet lists its columns once, in order, in an enum that implements this
 * (ProgressColumns, BudgetColumns, FindingsColumns, HistoryColumns), each constant holding its
 * {@link ColumnSpec}: the writer writes the header and the cells by it, and the tests read the
 * cells by it.
 */
public interface ReportColumn {

    /** The column's place in the sheet, from 0: its enum constant's ordinal. */
    int ordinal();

    /** The column's place in the sheet, from 0, as POI counts. */
    default int index() {
        return ordinal();
    }

    /** The column's label key and width, given with its enum constant. */
    ColumnSpec spec();

    /** The name of the header's label: {@code report.col.<key>}. */
    default String key() {
        return spec().key();
    }

    /** The width in characters. */
    default int width() {
        return spec().width();
    }

    /** The widths of the columns, in order. */
    static int[] widths(ReportColumn[] columns) {
        return Arrays.stream(columns).mapToInt(ReportColumn::width).toArray();
    }
}

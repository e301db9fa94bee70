package org.rehabtrack.report;

import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.Severity;

/**
 * The columns of the findings workbook's sheets (FindingsReport), each named once; the summary's
 * columns after the center are one per severity and status.
 */
public final class FindingsColumns {

    private FindingsColumns() {}

    /** The findings: a row per finding. */
    public enum Findings implements ReportColumn {
        CENTER("center", 14),
        EVALUATION_DATE("evaluationDate", 12),
        CATEGORY("category", 18),
        SEVERITY("severity", 10),
        TITLE("title", 28),
        DESCRIPTION("description", 36),
        RECOMMENDATION("recommendation", 36),
        LOCATION("location", 18),
        LOGGED_DATE("loggedDate", 12),
        STATUS("status", 12),
        STATUS_DATE("statusDate", 12),
        ESTIMATED_COST("estimatedCost", 14),
        CURRENCY("currency", 9),
        USD_EQUIVALENT("usdEquivalent", 14),
        WORK_PACKAGE("workPackage", 12),
        PHOTOS("photos", 8),
        LINK("link", 22);

        private final ColumnSpec spec;

        Findings(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /** The standards sheet: a row per check of each center's latest evaluation. */
    public enum Checks implements ReportColumn {
        CENTER("center", 14),
        EVALUATION_DATE("evaluationDate", 14),
        CHECK("check", 44),
        VALUE("value", 10),
        BOUND("bound", 12),
        THRESHOLD("threshold", 10),
        UNIT("unit", 16),
        PASSED("passed", 12),
        SOURCE("source", 50);

        private final ColumnSpec spec;

        Checks(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /**
     * The summary: a row per center, its columns made of the severities and statuses, in their
     * order: the center, a count per severity, a count per status, then all findings.
     */
    public static final class Summary {

        /** The center's code, and the total row's label. */
        public static final int CENTER = 0;

        static final int CENTER_WIDTH = 16;
        static final int COUNT_WIDTH = 12;

        private Summary() {}

        /** The column counting a severity's findings. */
        public static int severity(Severity severity) {
            return CENTER + 1 + severity.ordinal();
        }

        /** The column counting the findings in a status. */
        public static int status(FindingStatus status) {
            return severity(Severity.values()[0]) + Severity.values().length + status.ordinal();
        }

        /** The column counting all the center's findings, the last. */
        public static int all() {
            return status(FindingStatus.values()[0]) + FindingStatus.values().length;
        }

        /** The number of columns. */
        static int count() {
            return all() + 1;
        }
    }
}

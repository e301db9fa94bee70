package org.rehabtrack.report;

/**
 * The columns of the history workbook (HistoryWorkbook) and of the corrections sheet every workbook
 * may end with (CorrectionsSheet), each named once.
 */
public final class HistoryColumns {

    private HistoryColumns() {}

    /** The history: a row per field changed. */
    public enum History implements ReportColumn {
        WHEN("when", 20),
        USER("user", 14),
        RECORD("record", 18),
        RECORD_ID("recordId", 10),
        ACTION("action", 12),
        FIELD("field", 28),
        OLD_VALUE("oldValue", 30),
        NEW_VALUE("newValue", 30);

        private final ColumnSpec spec;

        History(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /** The corrections: a row per field of a fact dated by the cut-off date but recorded after. */
    public enum Corrections implements ReportColumn {
        CENTER("center", 16),
        WHEN("when", 20),
        USER("user", 14),
        RECORD("record", 18),
        RECORD_ID("recordId", 10),
        ACTION("action", 12),
        FIELD("field", 16),
        OLD_VALUE("oldValue", 14),
        NEW_VALUE("newValue", 14);

        private final ColumnSpec spec;

        Corrections(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }
}

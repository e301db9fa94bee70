package org.rehabtrack.report;

/** The columns of the progress workbook's sheets (ProgressWorkbook), each named once. */
public final class ProgressColumns {

    private ProgressColumns() {}

    /** The summary: a row per center. */
    public enum Summary implements ReportColumn {
        CENTER("center", 16),
        PHASE("phase", 18),
        PHYSICAL_PROGRESS("physicalProgress", 12),
        FINANCIAL_EXECUTION("financialExecution", 12),
        SPI("spi", 8),
        CPI("cpi", 8),
        NEXT_MILESTONE("nextMilestone", 34),
        FORECAST("forecast", 12),
        LATE_MILESTONES("lateMilestones", 10),
        OPEN_CRITICAL("openCritical", 10),
        OPEN_HIGH("openHigh", 10),
        RAG("rag", 10);

        private final ColumnSpec spec;

        Summary(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /** The milestones: a row per milestone. */
    public enum Milestones implements ReportColumn {
        CENTER("center", 16),
        MILESTONE("milestone", 40),
        KIND("kind", 26),
        BASELINE("baseline", 12),
        FORECAST("forecast", 12),
        ACTUAL("actual", 12),
        SLIP_DAYS("slipDays", 10),
        STATUS("status", 14);

        private final ColumnSpec spec;

        Milestones(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /** The works packages: a row per package. */
    public enum Works implements ReportColumn {
        CENTER("center", 16),
        CODE("code", 10),
        TITLE("title", 40),
        CONTRACTOR("contractor", 12),
        STATUS("status", 14),
        CONTRACT_AMOUNT("contractAmount", 16),
        REVISED_CONTRACT_AMOUNT("revisedContractAmount", 16),
        CURRENCY("currency", 10),
        REVISED_CONTRACT_AMOUNT_USD("revisedContractAmountUsd", 16),
        UNITS_PER_USD("unitsPerUsd", 12),
        RATE_DATE("rateDate", 12),
        PLANNED_START("plannedStart", 12),
        PLANNED_END("plannedEnd", 12),
        REVISED_PLANNED_END("revisedPlannedEnd", 12),
        ACTUAL_START("actualStart", 12),
        ACTUAL_END("actualEnd", 12),
        PERCENT_COMPLETE("percentComplete", 10);

        private final ColumnSpec spec;

        Works(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /** The timeline: a row per package, these columns, then one column per month. */
    public enum Timeline implements ReportColumn {
        CENTER("center", 14),
        CODE("code", 8),
        TITLE("title", 36),
        STATUS("status", 14);

        /** The width of each month's column, which follow these. */
        public static final int MONTH_WIDTH = 8;

        private final ColumnSpec spec;

        Timeline(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        /** The column of the month at {@code offset} from the first month shown. */
        public static int month(int offset) {
            return values().length + offset;
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /** The S-curve: a row per date. */
    public enum Curve implements ReportColumn {
        DATE("date", 12),
        PLANNED_VALUE_USD("plannedValueUsd", 24),
        EARNED_VALUE_USD("earnedValueUsd", 22),
        PLANNED_CUMULATIVE("plannedCumulative", 24),
        ACTUAL_CUMULATIVE("actualCumulative", 20);

        private final ColumnSpec spec;

        Curve(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }
}

package org.rehabtrack.report;

/** The columns of the budget workbook's sheets (BudgetReport), each named once. */
public final class BudgetColumns {

    private BudgetColumns() {}

    /** The budget: a row per center, category and funding source, subtotals and a total. */
    public enum Budget implements ReportColumn {
        CENTER("center", 16),
        CATEGORY("category", 18),
        FUNDING_SOURCE("fundingSource", 20),
        BUDGET_USD("budgetUsd", 18),
        COMMITTED_USD("committedUsd", 18),
        SPENT_PERIOD_USD("spentPeriodUsd", 18),
        SPENT_TO_DATE_USD("spentToDateUsd", 18),
        AVAILABLE_USD("availableUsd", 18),
        EXECUTED("executed", 12);

        private final ColumnSpec spec;

        Budget(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /** Budget against spent by center, under its chart. */
    public enum ByCenter implements ReportColumn {
        CENTER("center", 16),
        BUDGET_USD("budgetUsd", 18),
        SPENT_TO_DATE_USD("spentToDateUsd", 18);

        private final ColumnSpec spec;

        ByCenter(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }

    /** The payments: a row per payment and a total. */
    public enum Transactions implements ReportColumn {
        DATE("date", 12),
        CENTER("center", 14),
        WORK_PACKAGE("workPackage", 14),
        FUNDING_SOURCE("fundingSource", 18),
        CATEGORY("category", 16),
        REFERENCE("reference", 26),
        AMOUNT("amount", 16),
        CURRENCY("currency", 10),
        UNITS_PER_USD("unitsPerUsd", 14),
        RATE_DATE("rateDate", 12),
        USD("usd", 16);

        private final ColumnSpec spec;

        Transactions(String key, int width) {
            spec = new ColumnSpec(key, width);
        }

        @Override
        public ColumnSpec spec() {
            return spec;
        }
    }
}

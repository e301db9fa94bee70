package org.rehabtrack.web;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import org.rehabtrack.status.CenterStatus;
import org.rehabtrack.system.QueryParams;

/**
 * A column the dashboard's centers can be sorted by, and how: a center without the figure (nothing
 * to measure yet, or no exchange rate) comes last whichever way the column is sorted.
 */
public enum DashboardColumn {
    CENTER(status -> status.center().code()),
    PHASE(status -> status.center().phase()),
    PHYSICAL(CenterStatus::physicalProgress),
    FINANCIAL(CenterStatus::financialExecution),
    SPI(CenterStatus::spi),
    CPI(CenterStatus::cpi),
    LATE(CenterStatus::lateMilestones),
    CRITICAL(CenterStatus::openCritical),
    STATUS(CenterStatus::rag);

    private static final Comparator<CenterStatus> BY_CODE =
            Comparator.comparing(status -> status.center().code());

    private final Function<CenterStatus, Comparable<?>> key;

    DashboardColumn(Function<CenterStatus, Comparable<?>> key) {
        this.key = key;
    }

    /** The order of this column, lowest first or highest first; ties in code order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<CenterStatus> order(boolean descending) {
        Comparator<Comparable> values = Comparator.naturalOrder();
        Comparator<CenterStatus> byKey =
                Comparator.comparing(
                        status -> (Comparable) key.apply(status),
                        Comparator.nullsLast(descending ? values.reversed() : values));
        return byKey.thenComparing(BY_CODE);
    }

    /** The column's name in a query string. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column's heading in the page's language. */
    String label(PageMessages msg) {
        return switch (this) {
            case CENTER -> msg.report_col_center();
            case PHASE -> msg.report_col_phase();
            case PHYSICAL -> msg.report_col_physicalProgress();
            case FINANCIAL -> msg.report_col_financialExecution();
            case SPI -> "SPI";
            case CPI -> "CPI";
            case LATE -> msg.report_col_lateMilestones();
            case CRITICAL -> msg.report_col_openCritical();
            case STATUS -> msg.report_col_rag();
        };
    }

    /** The column named in a query string, case aside; null for none or an unknown one. */
    static DashboardColumn named(String name) {
        return name == null
                ? null
                : QueryParams.known(DashboardColumn.class, name.toUpperCase(Locale.ROOT))
                        .orElse(null);
    }
}

package org.rehabtrack.report;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rehabtrack.center.Center;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.persistence.CenterIds;
import org.rehabtrack.system.problem.Messages;

/**
 * What a report is about and for whom: its language, its centers (with a funding source, only those
 * the source funds), the funding source (null for all), whose money the reader sees in full ({@link
 * VisibilityScope}, taken on the request's thread for the threads that write), and the lines of its
 * title block, and its period and cut-off date; the address of the application the request reached
 * ({@code base}, null when there was no request), which links in a workbook lead to.
 */
record ReportContext(
        Locale locale,
        List<Center> centers,
        boolean allCenters,
        String fundingSource,
        ReportPeriod period,
        Instant generatedAt,
        ZoneId zone,
        String requestedBy,
        VisibilityScope funding,
        URI base) {

    /** A report written without a request's address: it links to nothing. */
    ReportContext(
            Locale locale,
            List<Center> centers,
            boolean allCenters,
            String fundingSource,
            ReportPeriod period,
            Instant generatedAt,
            ZoneId zone,
            String requestedBy,
            VisibilityScope funding) {
        this(
                locale,
                centers,
                allCenters,
                fundingSource,
                period,
                generatedAt,
                zone,
                requestedBy,
                funding,
                null);
    }

    /** A report for a reader who sees every grant. */
    ReportContext(
            Locale locale,
            List<Center> centers,
            boolean allCenters,
            String fundingSource,
            ReportPeriod period,
            Instant generatedAt,
            ZoneId zone,
            String requestedBy) {
        this(
                locale,
                centers,
                allCenters,
                fundingSource,
                period,
                generatedAt,
                zone,
                requestedBy,
                VisibilityScope.EVERYTHING);
    }

    /** The cut-off date: the report describes the records as they stood at its end. */
    LocalDate cutOff() {
        return period.cutOff();
    }

    /** The ids of the report's centers, as a query's condition. */
    CenterIds centerIds() {
        return CenterIds.of(centers.stream().map(Center::getId).toList());
    }

    /** The cut-off date and its end, as of the moment the report was asked for. */
    AsOf asOf() {
        Instant end = period.endOfCutOff(zone);
        return new AsOf(period.cutOff(), end, end.isAfter(generatedAt));
    }

    /**
     * Whether the report covers every center, none left out by the user, its role, a funding source
     * or the cut-off date (a center registered after a past cut-off date is not in the report).
     */
    boolean everyCenter() {
        return allCenters && fundingSource == null && asOf().current();
    }

    String label(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    /** Column headers: the labels {@code report.col.<key>} of a sheet's columns, in order. */
    List<String> columns(ReportColumn[] columns) {
        return java.util.Arrays.stream(columns).map(c -> label("report.col." + c.key())).toList();
    }

    /** Column headers: the labels {@code report.col.<name>} of the given names, in order. */
    List<String> columns(String... names) {
        return java.util.Arrays.stream(names).map(name -> label("report.col." + name)).toList();
    }

    /**
     * The title block's lines under the report's name: organisation, filters, when and by whom,
     * sample note.
     */
    List<String> titleLines(List<String> extra) {
        List<String> lines = new ArrayList<>();
        lines.add(label("report.organisation"));
        lines.add(
                label(
                        "report.filters",
                        allCenters
                                ? label("report.allCenters")
                                : String.join(", ", centers.stream().map(Center::getCode).toList()),
                        fundingSource == null ? label("report.allSources") : fundingSource));
        lines.addAll(extra);
        lines.add(
                label(
                        "report.generatedAt",
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
                                .withZone(zone)
                                .format(generatedAt),
                        requestedBy));
        if (centers.stream().anyMatch(Center::isIllustrative)) {
            lines.add(label("report.illustrative"));
        }
        return lines;
    }
}

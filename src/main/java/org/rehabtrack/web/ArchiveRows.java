package org.rehabtrack.web;

import java.time.Clock;
import java.util.List;
import org.rehabtrack.report.archive.IssuedReportView;

/** Archived workbooks as the pages show them, in the page's language. */
final class ArchiveRows {

    /** One workbook: what, for which centers, as of when, in which language, to whom, when. */
    public record Row(
            String report,
            String scope,
            String cutOff,
            String language,
            String requestedBy,
            String issuedAt,
            String size,
            String download,
            String sha256) {}

    private final Page page;
    private final Clock clock;

    ArchiveRows(Page page, Clock clock) {
        this.page = page;
        this.clock = clock;
    }

    /** A report's title in the page's language: progress, budget, findings or history. */
    static String title(Page page, String report) {
        return switch (report) {
            case "progress" -> page.msg().report_progress_title();
            case "budget" -> page.msg().report_budget_title();
            case "findings" -> page.msg().report_findings_title();
            default -> page.texts(ReportsMessages.class).reportsPage_archiveHistory();
        };
    }

    List<Row> of(List<IssuedReportView> issued) {
        return issued.stream().map(this::of).toList();
    }

    Row of(IssuedReportView issued) {
        Formats fmt = page.formats();
        ReportsMessages texts = page.texts(ReportsMessages.class);
        String report = title(page, issued.report());
        String scope =
                issued.allCenters()
                        ? texts.reportsPage_archiveAllCenters()
                        : issued.centers().isEmpty() ? "—" : String.join(", ", issued.centers());
        if (issued.fundingSource() != null) {
            scope += " · " + issued.fundingSource();
        }
        return new Row(
                report,
                scope,
                fmt.date(issued.cutOff()),
                "es".equals(issued.language()) ? "Español" : "English",
                issued.requestedBy(),
                fmt.dateTime(issued.issuedAt(), clock.getZone()),
                texts.reportsPage_archiveKilobytes(
                        fmt.number(Math.max(1, Math.round(issued.size() / 1024.0)))),
                issued.download(),
                issued.sha256());
    }
}

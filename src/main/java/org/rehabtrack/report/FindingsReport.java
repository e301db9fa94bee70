package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.center.Center;
import org.rehabtrack.evaluation.EvaluationService;
import org.rehabtrack.evaluation.EvaluationView;
import org.rehabtrack.evaluation.StandardCheck;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.Severity;

/**
 * The evaluation findings workbook: every finding; counts by severity and status per center, with
 * totals as live formulas; and each center's latest standards checks.
 */
@ApplicationScoped
public class FindingsReport {

    private final ReportQueries queries;
    private final EvaluationService evaluations;

    FindingsReport(ReportQueries queries, EvaluationService evaluations) {
        this.queries = queries;
        this.evaluations = evaluations;
    }

    WorkbookFile write(ReportContext context) {
        List<FindingRow> rows = queries.findings(context);
        String title = context.label("report.findings.title");
        try (ReportWorkbook workbook = new ReportWorkbook(title, context.label("report.organisation"))) {
            writeFindings(workbook.sheet(context.label("report.findings.sheet.findings")), context, title, rows);
            writeSummary(workbook.sheet(context.label("report.findings.sheet.summary")), context, title, rows);
            writeStandards(workbook.sheet(context.label("report.findings.sheet.standards")), context, title);
            return workbook.file();
        }
    }

    private void writeFindings(SheetWriter sheet, ReportContext context, String title, List<FindingRow> rows) {
        sheet.titleBlock(title, context.titleLines(List.of()))
                .header(context.columns("center", "evaluationDate", "category", "severity", "status", "title",
                        "location", "estimatedCost", "currency", "workPackage"));
        for (FindingRow r : rows) {
            sheet.row()
                    .text(0, r.center())
                    .date(1, r.evaluationDate())
                    .text(2, context.label("finding.category." + r.category()))
                    .text(3, context.label("finding.severity." + r.severity()))
                    .text(4, context.label("finding.status." + r.status()))
                    .text(5, r.title())
                    .text(6, r.location())
                    .money(7, r.estimatedCost())
                    .text(8, r.currency())
                    .text(9, r.workPackage());
        }
        sheet.finish(new int[] {14, 14, 22, 12, 12, 50, 30, 16, 10, 14});
    }

    private void writeSummary(SheetWriter sheet, ReportContext context, String title, List<FindingRow> rows) {
        Map<String, Map<Severity, Integer>> bySeverity = new LinkedHashMap<>();
        Map<String, Map<FindingStatus, Integer>> byStatus = new LinkedHashMap<>();
        for (Center center : context.centers()) {
            bySeverity.put(center.getCode(), new EnumMap<>(Severity.class));
            byStatus.put(center.getCode(), new EnumMap<>(FindingStatus.class));
        }
        for (FindingRow r : rows) {
            bySeverity.get(r.center()).merge(r.severity(), 1, Integer::sum);
            byStatus.get(r.center()).merge(r.status(), 1, Integer::sum);
        }
        List<String> header = new java.util.ArrayList<>(List.of(context.label("report.col.center")));
        for (Severity s : Severity.values()) {
            header.add(context.label("finding.severity." + s));
        }
        for (FindingStatus s : FindingStatus.values()) {
            header.add(context.label("finding.status." + s));
        }
        header.add(context.label("report.col.findings"));
        sheet.titleBlock(title, context.titleLines(List.of())).header(header);

        int columns = header.size();
        long[] totals = new long[columns];
        int first = sheet.firstDataExcelRow();
        for (String center : bySeverity.keySet()) {
            sheet.row().text(0, center);
            int column = 1;
            long all = 0;
            for (Severity s : Severity.values()) {
                int count = bySeverity.get(center).getOrDefault(s, 0);
                sheet.integer(column, count);
                totals[column++] += count;
                all += count;
            }
            for (FindingStatus s : FindingStatus.values()) {
                int count = byStatus.get(center).getOrDefault(s, 0);
                sheet.integer(column, count);
                totals[column++] += count;
            }
            sheet.integer(column, all);
            totals[column] += all;
        }
        int last = first + bySeverity.size() - 1;
        sheet.row().text(0, context.label("report.total"));
        for (int column = 1; column < columns; column++) {
            sheet.sum(column, first, Math.max(last, first), totals[column], false);
        }
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, 12);
        widths[0] = 16;
        sheet.finish(widths);
    }

    private void writeStandards(SheetWriter sheet, ReportContext context, String title) {
        sheet.titleBlock(title, context.titleLines(List.of()))
                .header(context.columns("center", "evaluationDate", "check", "value", "bound", "threshold", "unit",
                        "passed", "source"));
        Map<Long, EvaluationView> latestOf = evaluations.latestOf(context.centers());
        for (Center center : context.centers()) {
            EvaluationView latest = latestOf.get(center.getId());
            if (latest == null) {
                continue;
            }
            for (StandardCheck check : latest.standardsChecks()) {
                sheet.row()
                        .text(0, center.getCode())
                        .date(1, latest.date())
                        .text(2, context.label("standard.check." + check.check()))
                        .decimal(3, check.value())
                        .text(4, context.label("standard.bound." + check.bound()))
                        .decimal(5, check.threshold())
                        .text(6, check.unit())
                        .text(7, check.passed() == null ? context.label("report.notMeasured")
                                : context.label(check.passed() ? "report.yes" : "report.no"))
                        .text(8, check.source());
            }
        }
        sheet.finish(new int[] {14, 14, 34, 10, 12, 10, 16, 12, 50});
    }
}

package org.rehabtrack.report;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.rehabtrack.center.Center;
import org.rehabtrack.evaluation.StandardCheck;
import org.rehabtrack.evaluation.Standards;
import org.rehabtrack.evaluation.StandardsConfig;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.funding.RatesOn;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.problem.ApiException;

/**
 * The evaluation findings workbook, as the records stood at the end of its cut-off date: every
 * finding with its status then and the day it took it, its estimated cost with the US dollar
 * equivalent at the rate in force that day, its photos and a link to it in the application; counts
 * by severity and status per center, with totals as live formulas; and each center's latest
 * standards checks on or before that day.
 */
@ApplicationScoped
public class FindingsReport {

    /** The columns of the findings sheet, in order. */
    private static final String[] COLUMNS = {
        "center",
        "evaluationDate",
        "category",
        "severity",
        "title",
        "description",
        "recommendation",
        "location",
        "loggedDate",
        "status",
        "statusDate",
        "estimatedCost",
        "currency",
        "usdEquivalent",
        "workPackage",
        "photos",
        "link"
    };

    private final ReportQueries queries;
    private final CurrencyConverter converter;
    private final Standards standards;
    private final ReportSnapshot snapshot;

    FindingsReport(
            ReportQueries queries,
            CurrencyConverter converter,
            StandardsConfig standards,
            ReportSnapshot snapshot) {
        this.queries = queries;
        this.converter = converter;
        this.standards = Standards.from(standards);
        this.snapshot = snapshot;
    }

    /**
     * Reads every figure in one snapshot of the database, so that the sheets agree with each other.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = BudgetReport.TRANSACTION_TIMEOUT_SECONDS)
    WorkbookFile write(ReportContext context) {
        snapshot.begin();
        List<FindingRow> rows = queries.findings(context);
        Map<Long, EvaluationRow> evaluations = queries.latestEvaluations(context);
        RatesOn rates = converter.ratesOn(context.cutOff());
        String title = context.label("report.findings.title");
        List<String> lines =
                List.of(context.label("report.findings.asOf", context.cutOff().toString()));
        try (ReportWorkbook workbook = new ReportWorkbook(context, title)) {
            writeFindings(
                    workbook.sheet(context.label("report.findings.sheet.findings")),
                    context,
                    title,
                    lines,
                    rows,
                    rates);
            writeSummary(
                    workbook.sheet(context.label("report.findings.sheet.summary")),
                    context,
                    title,
                    lines,
                    rows);
            writeStandards(
                    workbook.sheet(context.label("report.findings.sheet.standards")),
                    context,
                    title,
                    lines,
                    evaluations);
            return workbook.file();
        }
    }

    private void writeFindings(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            List<FindingRow> rows,
            RatesOn rates) {
        int[] widths = {14, 12, 18, 10, 28, 36, 36, 18, 12, 12, 12, 14, 9, 14, 12, 8, 22};
        sheet.columns(widths);
        sheet.titleBlock(title, context.titleLines(lines)).header(context.columns(COLUMNS));
        CellStyle link = linkStyle(sheet.sheet().getWorkbook());
        for (FindingRow r : rows) {
            sheet.row()
                    .text(0, r.center())
                    .date(1, r.evaluationDate())
                    .text(2, context.label("finding.category." + r.category()))
                    .text(3, context.label("finding.severity." + r.severity()))
                    .text(4, r.title())
                    .text(5, r.description())
                    .text(6, r.recommendation())
                    .text(7, r.location())
                    .date(8, r.loggedDate())
                    .text(9, context.label("finding.status." + r.status()))
                    .date(10, r.statusDate())
                    .money(11, r.estimatedCost())
                    .text(12, r.currency())
                    .money(13, usd(rates, r))
                    .text(14, r.workPackage())
                    .integer(15, r.photos());
            URI target = link(context, r);
            if (target != null) {
                sheet.text(16, context.label("report.findings.open"));
                Cell cell = sheet.sheet().getRow(sheet.excelRow() - 1).getCell(16);
                Hyperlink hyperlink =
                        sheet.sheet()
                                .getWorkbook()
                                .getCreationHelper()
                                .createHyperlink(HyperlinkType.URL);
                hyperlink.setAddress(target.toString());
                cell.setHyperlink(hyperlink);
                cell.setCellStyle(link);
            }
        }
        sheet.finish(widths);
    }

    /**
     * The finding on its center's page in the application the request reached; none without a
     * request.
     */
    static URI link(ReportContext context, FindingRow row) {
        if (context.base() == null) {
            return null;
        }
        return UriBuilder.fromUri(context.base())
                .path("centers")
                .path(row.center())
                .fragment("f" + row.id())
                .build();
    }

    /**
     * The estimated cost in US dollars at the rate in force on the cut-off date; null without a
     * cost or a rate.
     */
    private static BigDecimal usd(RatesOn rates, FindingRow row) {
        if (row.estimatedCost() == null || row.currency() == null) {
            return null;
        }
        try {
            return rates.toUsd(new Money(row.estimatedCost(), row.currency())).usd().amount();
        } catch (ApiException noRate) {
            return null;
        }
    }

    /** Text that reads as a link: blue, underlined, in the workbook's default font size. */
    private static CellStyle linkStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setUnderline(Font.U_SINGLE);
        font.setColor(IndexedColors.BLUE.getIndex());
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        return style;
    }

    private void writeSummary(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            List<FindingRow> rows) {
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
        List<String> header =
                new java.util.ArrayList<>(List.of(context.label("report.col.center")));
        for (Severity s : Severity.values()) {
            header.add(context.label("finding.severity." + s));
        }
        for (FindingStatus s : FindingStatus.values()) {
            header.add(context.label("finding.status." + s));
        }
        header.add(context.label("report.col.findings"));
        sheet.titleBlock(title, context.titleLines(lines)).header(header);

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

    private void writeStandards(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            Map<Long, EvaluationRow> evaluations) {
        sheet.titleBlock(title, context.titleLines(lines))
                .header(
                        context.columns(
                                "center",
                                "evaluationDate",
                                "check",
                                "value",
                                "bound",
                                "threshold",
                                "unit",
                                "passed",
                                "source"));
        for (Center center : context.centers()) {
            EvaluationRow latest = evaluations.get(center.getId());
            if (latest == null) {
                continue;
            }
            for (StandardCheck check : standards.check(latest.measurements())) {
                sheet.row()
                        .text(0, center.getCode())
                        .date(1, latest.date())
                        .text(2, context.label("standard.check." + check.check()))
                        .decimal(3, check.value())
                        .text(4, context.label("standard.bound." + check.bound()))
                        .decimal(5, check.threshold())
                        .text(6, check.unit())
                        .text(
                                7,
                                check.passed() == null
                                        ? context.label("report.notMeasured")
                                        : context.label(
                                                check.passed() ? "report.yes" : "report.no"))
                        .text(8, check.source());
            }
        }
        sheet.finish(new int[] {14, 14, 34, 10, 12, 10, 16, 12, 50});
    }
}

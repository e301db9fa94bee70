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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.rehabtrack.center.Center;
import org.rehabtrack.evaluation.StandardCheck;
import org.rehabtrack.evaluation.StandardSources;
import org.rehabtrack.evaluation.Standards;
import org.rehabtrack.evaluation.StandardsConfig;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.funding.RatesOn;
import org.rehabtrack.report.FindingsColumns.Checks;
import org.rehabtrack.report.FindingsColumns.Findings;
import org.rehabtrack.report.FindingsColumns.Summary;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.money.Money;

/**
 * The evaluation findings workbook, as the records stood at the end of its cut-off date: every
 * finding with its status then and the day it took it, its estimated cost with the US dollar
 * equivalent at the rate in force that day, its photos and a link to it in the application; counts
 * by severity and status per center, with totals as live formulas; and each center's latest
 * standards checks on or before that day.
 */
@ApplicationScoped
public class FindingsReport {

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
        int[] widths = ReportColumn.widths(Findings.values());
        sheet.columns(widths);
        sheet.titleBlock(title, context.titleLines(lines))
                .header(context.columns(Findings.values()));
        CellStyle link = linkStyle(sheet.sheet().getWorkbook());
        for (FindingRow r : rows) {
            sheet.row()
                    .text(Findings.CENTER.index(), r.center())
                    .date(Findings.EVALUATION_DATE.index(), r.evaluationDate())
                    .text(
                            Findings.CATEGORY.index(),
                            context.label("finding.category." + r.category()))
                    .text(
                            Findings.SEVERITY.index(),
                            context.label("finding.severity." + r.severity()))
                    .text(Findings.TITLE.index(), r.title())
                    .text(Findings.DESCRIPTION.index(), r.description())
                    .text(Findings.RECOMMENDATION.index(), r.recommendation())
                    .text(Findings.LOCATION.index(), r.location())
                    .date(Findings.LOGGED_DATE.index(), r.loggedDate())
                    .text(Findings.STATUS.index(), context.label("finding.status." + r.status()))
                    .date(Findings.STATUS_DATE.index(), r.statusDate())
                    .money(Findings.ESTIMATED_COST.index(), r.estimatedCost())
                    .text(Findings.CURRENCY.index(), r.currency())
                    .money(Findings.USD_EQUIVALENT.index(), usd(rates, r))
                    .text(Findings.WORK_PACKAGE.index(), r.workPackage())
                    .integer(Findings.PHOTOS.index(), r.photos());
            URI target = link(context, r);
            if (target != null) {
                sheet.link(
                        Findings.LINK.index(), context.label("report.findings.open"), target, link);
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
        } catch (Refusal noRate) {
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
        String[] header = new String[Summary.count()];
        header[Summary.CENTER] = context.label("report.col.center");
        for (Severity s : Severity.values()) {
            header[Summary.severity(s)] = context.label("finding.severity." + s);
        }
        for (FindingStatus s : FindingStatus.values()) {
            header[Summary.status(s)] = context.label("finding.status." + s);
        }
        header[Summary.all()] = context.label("report.col.findings");
        sheet.titleBlock(title, context.titleLines(lines)).header(List.of(header));

        long[] totals = new long[Summary.count()];
        int first = sheet.firstDataExcelRow();
        for (String center : bySeverity.keySet()) {
            sheet.row().text(Summary.CENTER, center);
            long all = 0;
            for (Severity s : Severity.values()) {
                int count = bySeverity.get(center).getOrDefault(s, 0);
                sheet.integer(Summary.severity(s), count);
                totals[Summary.severity(s)] += count;
                all += count;
            }
            for (FindingStatus s : FindingStatus.values()) {
                int count = byStatus.get(center).getOrDefault(s, 0);
                sheet.integer(Summary.status(s), count);
                totals[Summary.status(s)] += count;
            }
            sheet.integer(Summary.all(), all);
            totals[Summary.all()] += all;
        }
        int last = first + bySeverity.size() - 1;
        sheet.row().text(Summary.CENTER, context.label("report.total"));
        for (int column = Summary.CENTER + 1; column < Summary.count(); column++) {
            sheet.sum(column, first, last, totals[column], false);
        }
        int[] widths = new int[Summary.count()];
        java.util.Arrays.fill(widths, Summary.COUNT_WIDTH);
        widths[Summary.CENTER] = Summary.CENTER_WIDTH;
        sheet.finish(widths);
    }

    private void writeStandards(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            Map<Long, EvaluationRow> evaluations) {
        sheet.titleBlock(title, context.titleLines(lines)).header(context.columns(Checks.values()));
        for (Center center : context.centers()) {
            EvaluationRow latest = evaluations.get(center.getId());
            if (latest == null) {
                continue;
            }
            for (StandardCheck check : standards.check(latest.measurements())) {
                sheet.row()
                        .text(Checks.CENTER.index(), center.getCode())
                        .date(Checks.EVALUATION_DATE.index(), latest.date())
                        .text(
                                Checks.CHECK.index(),
                                context.label("standard.check." + check.check()))
                        .decimal(Checks.VALUE.index(), check.value())
                        .text(
                                Checks.BOUND.index(),
                                context.label("standard.bound." + check.bound()))
                        .decimal(Checks.THRESHOLD.index(), check.threshold())
                        .text(Checks.UNIT.index(), context.label("standard.unit." + check.check()))
                        .text(
                                Checks.PASSED.index(),
                                check.passed() == null
                                        ? context.label("report.notMeasured")
                                        : context.label(
                                                check.passed() ? "report.yes" : "report.no"))
                        .text(
                                Checks.SOURCE.index(),
                                StandardSources.named(check.source(), context.locale()));
            }
        }
        sheet.finish(ReportColumn.widths(Checks.values()));
    }
}

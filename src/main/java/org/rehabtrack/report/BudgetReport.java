package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rehabtrack.budget.BudgetCategory;
import org.rehabtrack.budget.CurrencyConverter;
import org.rehabtrack.center.Center;
import org.rehabtrack.report.SheetWriter.Kind;
import org.rehabtrack.system.money.Money;

/**
 * The budget workbook: by center, category and funding source, the budget, what was spent in the
 * period and to date, and what is available, in US dollars, with subtotals and totals as live
 * formulas that carry their values; and every payment of the period with its original currency,
 * rate and dollar amount. Filtered to a funding source, it holds nothing of another.
 */
@ApplicationScoped
public class BudgetReport {

    private static final int BUDGET = 3;
    private static final int SPENT_PERIOD = 4;
    private static final int SPENT_TO_DATE = 5;
    private static final int AVAILABLE = 6;
    private static final int EXECUTED = 7;

    private final ReportQueries queries;
    private final CurrencyConverter converter;

    BudgetReport(ReportQueries queries, CurrencyConverter converter) {
        this.queries = queries;
        this.converter = converter;
    }

    /** The period and filter of a budget report. */
    record Scope(String fundingSource, LocalDate from, LocalDate to, LocalDate statusDate) {

        boolean inPeriod(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    byte[] write(ReportContext context, Scope scope) {
        List<AllocationRow> allocations = queries.allocations(context.centers(), scope.fundingSource());
        List<PaymentRow> payments = queries.payments(context.centers(), scope.fundingSource(), scope.statusDate());
        String title = context.label("report.budget.title");
        List<String> lines = new ArrayList<>();
        lines.add(context.label("report.budget.scope", scope.fundingSource() == null
                ? context.label("report.budget.allSources") : scope.fundingSource(),
                scope.from() == null ? "—" : scope.from().toString(),
                scope.to() == null ? scope.statusDate().toString() : scope.to().toString(),
                scope.statusDate().toString()));
        lines.add(context.label("report.budget.currencyNote"));
        try (ReportWorkbook workbook = new ReportWorkbook(title, context.label("report.organisation"))) {
            String budgetSheet = context.label("report.budget.sheet.budget");
            List<CenterTotal> totals = writeBudget(workbook.sheet(budgetSheet), context, title, lines, scope,
                    allocations, payments);
            writeTransactions(workbook.sheet(context.label("report.budget.sheet.transactions")), context, title, lines,
                    scope, payments);
            writeByCenter(workbook.sheet(context.label("report.budget.sheet.byCenter")), context, title, lines,
                    budgetSheet, totals);
            return workbook.bytes();
        }
    }

    /** A center's subtotal row on the budget sheet, and its budget and spent to date. */
    private record CenterTotal(String center, int excelRow, double budget, double spent) {}

    /** Budget, spent in the period and to date, by center, category and funding source, in dollars. */
    private List<CenterTotal> writeBudget(SheetWriter sheet, ReportContext context, String title, List<String> lines, Scope scope,
            List<AllocationRow> allocations, List<PaymentRow> payments) {
        Map<String, Map<String, BigDecimal[]>> byCenter = new LinkedHashMap<>();
        for (Center center : context.centers()) {
            byCenter.put(center.getCode(), new TreeMap<>());
        }
        for (AllocationRow a : allocations) {
            BigDecimal usd = converter.toUsd(new Money(a.amount(), a.currency()), scope.statusDate()).usd().amount();
            BigDecimal[] f = figures(byCenter, a.center(), a.category(), a.fundingSource());
            f[0] = f[0].add(usd);
        }
        for (PaymentRow p : payments) {
            BigDecimal[] f = figures(byCenter, p.center(), p.category(), p.fundingSource());
            f[2] = f[2].add(p.usd());
            if (scope.inPeriod(p.date())) {
                f[1] = f[1].add(p.usd());
            }
        }
        sheet.titleBlock(title, context.titleLines(lines))
                .header(List.of(context.label("report.col.center"), context.label("report.col.category"),
                        context.label("report.col.fundingSource"), context.label("report.col.budgetUsd"),
                        context.label("report.col.spentPeriodUsd"), context.label("report.col.spentToDateUsd"),
                        context.label("report.col.availableUsd"), context.label("report.col.executed")));
        List<Integer> subtotalRows = new ArrayList<>();
        List<CenterTotal> centerTotals = new ArrayList<>();
        BigDecimal[] grand = zeros();
        for (Map.Entry<String, Map<String, BigDecimal[]>> center : byCenter.entrySet()) {
            if (center.getValue().isEmpty()) {
                continue;
            }
            int first = -1;
            BigDecimal[] subtotal = zeros();
            for (Map.Entry<String, BigDecimal[]> line : center.getValue().entrySet()) {
                String[] key = line.getKey().split("\u0000");
                BigDecimal[] f = line.getValue();
                sheet.row().text(0, center.getKey())
                        .text(1, context.label("budget.category." + key[0]))
                        .text(2, key[1])
                        .money(BUDGET, f[0]).money(SPENT_PERIOD, f[1]).money(SPENT_TO_DATE, f[2]);
                int r = sheet.excelRow();
                first = first < 0 ? r : first;
                BigDecimal available = f[0].subtract(f[2]);
                sheet.formula(AVAILABLE, "D" + r + "-F" + r, available.doubleValue(), Kind.MONEY)
                        .formula(EXECUTED, "IF(D" + r + "=0,0,F" + r + "/D" + r + ")", executed(f[2], f[0]),
                                Kind.PERCENT);
                for (int i = 0; i < 3; i++) {
                    subtotal[i] = subtotal[i].add(f[i]);
                }
            }
            int last = sheet.excelRow();
            sheet.row().label(0, context.label("report.subtotal", center.getKey()));
            int r = sheet.excelRow();
            sheet.formula(BUDGET, "SUM(D" + first + ":D" + last + ")", subtotal[0].doubleValue(), Kind.MONEY_TOTAL)
                    .formula(SPENT_PERIOD, "SUM(E" + first + ":E" + last + ")", subtotal[1].doubleValue(),
                            Kind.MONEY_TOTAL)
                    .formula(SPENT_TO_DATE, "SUM(F" + first + ":F" + last + ")", subtotal[2].doubleValue(),
                            Kind.MONEY_TOTAL)
                    .formula(AVAILABLE, "SUM(G" + first + ":G" + last + ")",
                            subtotal[0].subtract(subtotal[2]).doubleValue(), Kind.MONEY_TOTAL)
                    .formula(EXECUTED, "IF(D" + r + "=0,0,F" + r + "/D" + r + ")", executed(subtotal[2], subtotal[0]),
                            Kind.PERCENT_TOTAL);
            subtotalRows.add(r);
            centerTotals.add(new CenterTotal(center.getKey(), r, subtotal[0].doubleValue(), subtotal[2].doubleValue()));
            for (int i = 0; i < 3; i++) {
                grand[i] = grand[i].add(subtotal[i]);
            }
        }
        sheet.row().label(0, context.label("report.total"));
        int r = sheet.excelRow();
        sheet.formula(BUDGET, sumOf("D", subtotalRows), grand[0].doubleValue(), Kind.MONEY_TOTAL)
                .formula(SPENT_PERIOD, sumOf("E", subtotalRows), grand[1].doubleValue(), Kind.MONEY_TOTAL)
                .formula(SPENT_TO_DATE, sumOf("F", subtotalRows), grand[2].doubleValue(), Kind.MONEY_TOTAL)
                .formula(AVAILABLE, sumOf("G", subtotalRows), grand[0].subtract(grand[2]).doubleValue(),
                        Kind.MONEY_TOTAL)
                .formula(EXECUTED, "IF(D" + r + "=0,0,F" + r + "/D" + r + ")", executed(grand[2], grand[0]),
                        Kind.PERCENT_TOTAL);
        sheet.finish(new int[] {16, 18, 20, 18, 18, 18, 18, 12});
        return centerTotals;
    }

    /**
     * Budget against spent to date by center: cells that refer to the budget sheet's subtotals,
     * and a column chart of them.
     */
    private void writeByCenter(SheetWriter sheet, ReportContext context, String title, List<String> lines,
            String budgetSheet, List<CenterTotal> totals) {
        sheet.titleBlock(title, context.titleLines(lines)).header(List.of(context.label("report.col.center"),
                context.label("report.col.budgetUsd"), context.label("report.col.spentToDateUsd")));
        String ref = "'" + budgetSheet.replace("'", "''") + "'!";
        int first = sheet.firstDataExcelRow();
        for (CenterTotal t : totals) {
            sheet.row().text(0, t.center())
                    .formula(1, ref + "D" + t.excelRow(), t.budget(), Kind.MONEY)
                    .formula(2, ref + "F" + t.excelRow(), t.spent(), Kind.MONEY);
        }
        int last = first + totals.size() - 1;
        sheet.finish(new int[] {16, 18, 18});
        if (!totals.isEmpty()) {
            String name = sheet.sheet().getSheetName();
            Charts.columns(sheet.sheet(), context.label("report.budget.chart"), Charts.range(name, 0, first, last),
                    totals.stream().map(CenterTotal::center).toArray(String[]::new),
                    List.of(new Charts.Series(context.label("report.col.budgetUsd"), Charts.range(name, 1, first, last),
                                    totals.stream().map(CenterTotal::budget).toArray(Double[]::new)),
                            new Charts.Series(context.label("report.col.spentToDateUsd"),
                                    Charts.range(name, 2, first, last),
                                    totals.stream().map(CenterTotal::spent).toArray(Double[]::new))),
                    4, first - 2, 14, first + 18, "USD");
        }
    }

    /** Every payment of the period: original currency, rate and dollars, with the dollar total. */
    private void writeTransactions(SheetWriter sheet, ReportContext context, String title, List<String> lines,
            Scope scope, List<PaymentRow> payments) {
        sheet.titleBlock(title, context.titleLines(lines))
                .header(List.of(context.label("report.col.date"), context.label("report.col.center"),
                        context.label("report.col.workPackage"), context.label("report.col.fundingSource"),
                        context.label("report.col.category"), context.label("report.col.reference"),
                        context.label("report.col.amount"), context.label("report.col.currency"),
                        context.label("report.col.unitsPerUsd"), context.label("report.col.rateDate"),
                        context.label("report.col.usd")));
        int first = sheet.firstDataExcelRow();
        BigDecimal total = BigDecimal.ZERO;
        int count = 0;
        for (PaymentRow p : payments) {
            if (!scope.inPeriod(p.date())) {
                continue;
            }
            sheet.row().date(0, p.date()).text(1, p.center()).text(2, p.workPackage()).text(3, p.fundingSource())
                    .text(4, context.label("budget.category." + p.category())).text(5, p.reference())
                    .money(6, p.amount()).text(7, p.currency()).rate(8, p.unitsPerUsd()).date(9, p.rateDate())
                    .money(10, p.usd());
            total = total.add(p.usd());
            count++;
        }
        sheet.row().label(0, context.label("report.total"));
        sheet.formula(10, "SUM(K" + first + ":K" + Math.max(first + count - 1, first) + ")", total.doubleValue(),
                Kind.MONEY_TOTAL);
        sheet.finish(new int[] {12, 14, 14, 18, 16, 26, 16, 10, 14, 12, 16});
    }

    private static BigDecimal[] figures(Map<String, Map<String, BigDecimal[]>> byCenter, String center,
            BudgetCategory category, String source) {
        return byCenter.get(center).computeIfAbsent(category.name() + "\u0000" + source, k -> zeros());
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static double executed(BigDecimal spent, BigDecimal budget) {
        return budget.signum() == 0 ? 0 : spent.doubleValue() / budget.doubleValue();
    }

    private static String sumOf(String column, List<Integer> rows) {
        if (rows.isEmpty()) {
            return "0";
        }
        return String.join("+", rows.stream().map(r -> column + r).toList());
    }
}

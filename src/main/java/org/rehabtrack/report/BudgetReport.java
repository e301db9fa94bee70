package org.rehabtrack.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.rehabtrack.audit.Corrections;
import org.rehabtrack.budget.BudgetLine;
import org.rehabtrack.budget.CenterBudgetService;
import org.rehabtrack.center.Center;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.report.BudgetColumns.Budget;
import org.rehabtrack.report.BudgetColumns.ByCenter;
import org.rehabtrack.report.BudgetColumns.Transactions;
import org.rehabtrack.report.SheetWriter.Kind;
import org.rehabtrack.security.VisibilityScope;

/**
 * The budget workbook: by center, category and funding source, the budget, what was spent in the
 * period and to date, and what is available, in US dollars, with subtotals and totals as live
 * formulas that carry their values; and every payment of the period with its original currency,
 * rate and dollar amount. Filtered to a funding source, it holds nothing of another.
 */
@ApplicationScoped
public class BudgetReport {

    /**
     * Seconds the report's transaction may last: a million payments take 20 s on a quiet machine of
     * two cores, and well over the default minute on a busy one, which rolled the report back.
     */
    static final int TRANSACTION_TIMEOUT_SECONDS = 600;

    /**
     * The budget sheet's four figures (Figure), in the columns from budget to spent to date, then
     * available and % executed as formulas.
     */
    private static final int FIGURES = 4;

    private static final int BUDGET = Budget.BUDGET_USD.index();
    private static final int SPENT_TO_DATE = Budget.SPENT_TO_DATE_USD.index();

    private final ReportQueries queries;
    private final CenterBudgetService budgets;
    private final ReportReaders readers;
    private final ReportSnapshot snapshot;
    private final Corrections corrections;

    BudgetReport(
            ReportQueries queries,
            CenterBudgetService budgets,
            ReportReaders readers,
            ReportSnapshot snapshot,
            Corrections corrections) {
        this.corrections = corrections;
        this.snapshot = snapshot;
        this.queries = queries;
        this.budgets = budgets;
        this.readers = readers;
    }

    /** The period and filter of a budget report. */
    record Scope(String fundingSource, LocalDate from, LocalDate to, LocalDate statusDate) {

        /**
         * The last day of the payments the report counts: the end of the period, and never after
         * the status date.
         */
        LocalDate paidUpTo() {
            return to == null || to.isAfter(statusDate) ? statusDate : to;
        }
    }

    /**
     * The budget sheet adds up the very payments the transactions sheet lists, counted as they are
     * written: its "spent in the period" is the transactions' total even while payments are being
     * made. Its other figures (budget, committed, spent to date) are each line's figures of the
     * centers' roll-ups at the status date ({@link CenterBudgetService#lines}), the API's very
     * rules. The payments are read on a thread of their own while this one writes them, in a
     * transaction (a cursor on PostgreSQL) that first reads those lines: one snapshot of the
     * database ({@link ReportSnapshot}), so that no line shows a payment without the allocation it
     * was made from, whatever is recorded meanwhile.
     */
    WorkbookFile write(ReportContext context) {
        ReportPeriod period = context.period();
        Scope scope =
                new Scope(context.fundingSource(), period.from(), period.to(), period.cutOff());
        BudgetLines budget = new BudgetLines(context.centers(), context.funding());
        AtomicReference<List<Amount>> figures = new AtomicReference<>();
        String title = context.label("report.budget.title");
        List<String> lines = new ArrayList<>();
        lines.add(
                context.label(
                        "report.budget.scope",
                        scope.from() == null ? "—" : scope.from().toString(),
                        scope.to() == null ? scope.statusDate().toString() : scope.to().toString(),
                        scope.statusDate().toString()));
        lines.add(context.label("report.budget.currencyNote"));
        VisibilityScope funding = context.funding();
        if (!funding.seesAllGrants()) {
            lines.add(context.label("report.budget.otherFundingNote"));
        }
        CorrectionsSheet late =
                new CorrectionsSheet(
                        QuarkusTransaction.requiringNew()
                                .call(
                                        () ->
                                                corrections.of(
                                                        context.centerIds(),
                                                        context.asOf(),
                                                        funding)));
        lines = late.note(context, lines);
        try (ReportWorkbook workbook = new ReportWorkbook(context, title);
                ReadAhead<PaymentRow> payments =
                        ReadAhead.start(
                                readers,
                                row ->
                                        QuarkusTransaction.requiringNew()
                                                .timeout(TRANSACTION_TIMEOUT_SECONDS)
                                                .run(
                                                        () -> {
                                                            snapshot.begin();
                                                            figures.set(figures(context));
                                                            try (Stream<PaymentRow> read =
                                                                    queries.payments(
                                                                            context,
                                                                            scope.from(),
                                                                            scope.paidUpTo())) {
                                                                read.forEach(row);
                                                            }
                                                        }))) {
            String budgetSheet = context.label("report.budget.sheet.budget");
            // First in the workbook, written once the payments are counted: SXSSF streams each
            // sheet on its own.
            SheetWriter budgetWriter = workbook.sheet(budgetSheet);
            writeTransactions(
                    workbook.sheet(context.label("report.budget.sheet.transactions")),
                    context,
                    title,
                    lines,
                    () -> payments,
                    p -> funding.showsGrant(p.fundingSource()),
                    p ->
                            budget.add(
                                    p.center(),
                                    p.category(),
                                    p.fundingSource(),
                                    Figure.SPENT_PERIOD,
                                    p.usd()));
            // Every payment read: the reader has set the other figures before handing over the
            // first.
            figures.get()
                    .forEach(
                            a ->
                                    budget.add(
                                            a.center(),
                                            a.category(),
                                            a.source(),
                                            a.figure(),
                                            a.usd()));
            List<CenterTotal> totals = writeBudget(budgetWriter, context, title, lines, budget);
            writeByCenter(
                    workbook.sheet(context.label("report.budget.sheet.byCenter")),
                    context,
                    title,
                    lines,
                    budgetSheet,
                    totals);
            late.write(workbook, context, title, lines);
            return workbook.file();
        }
    }

    /** A figure of a budget line read before the payments, in dollars. */
    private record Amount(
            String center, BudgetCategory category, String source, Figure figure, BigDecimal usd) {}

    /**
     * The budget, committed and spent to date of each line of the report's centers, from their
     * roll-ups at the cut-off date ({@link CenterBudgetService#lines}): read in the payments'
     * transaction, before them.
     */
    private List<Amount> figures(ReportContext context) {
        List<Amount> figures = new ArrayList<>();
        budgets.lines(context.centers(), context.asOf(), context.fundingSource())
                .forEach(
                        (center, lines) -> {
                            for (BudgetLine line : lines) {
                                figures.add(amount(center, line, Figure.BUDGET, line.allocated()));
                                figures.add(
                                        amount(center, line, Figure.COMMITTED, line.committed()));
                                figures.add(
                                        amount(center, line, Figure.SPENT_TO_DATE, line.paid()));
                            }
                        });
        return figures;
    }

    private static Amount amount(String center, BudgetLine line, Figure figure, BigDecimal usd) {
        return new Amount(center, line.category(), line.fundingSource(), figure, usd);
    }

    /** The figures of a budget line, in the order of their columns. */
    private enum Figure {
        BUDGET,
        COMMITTED,
        SPENT_PERIOD,
        SPENT_TO_DATE
    }

    /**
     * A line of a center on the budget sheet: a category and a funding source ("" for none); for a
     * donor, the money of the grants its {@link VisibilityScope} does not show is one line of the
     * center, of no category and no source ({@code otherFunding}), last.
     */
    private record Line(BudgetCategory category, String source, boolean otherFunding) {

        /** By category's name, then funding source; other funding last. */
        static final Comparator<Line> ORDER =
                Comparator.comparing(Line::otherFunding)
                        .thenComparing(
                                (Line line) ->
                                        line.category() == null ? "~" : line.category().name())
                        .thenComparing(Line::source);
    }

    /**
     * The budget sheet's lines: by center (in the report's order), then category and funding
     * source.
     */
    private static final class BudgetLines {

        /** Each center's lines, kept unordered while a million payments are added to them. */
        private final Map<String, Map<Line, BigDecimal[]>> byCenter = new LinkedHashMap<>();

        /** Whose money the reader sees in full. */
        private final VisibilityScope reader;

        BudgetLines(List<Center> centers, VisibilityScope reader) {
            this.reader = reader;
            for (Center center : centers) {
                byCenter.put(center.getCode(), new HashMap<>());
            }
        }

        /**
         * Adds to one figure of a line (center, category, funding source; no source as null); the
         * money of a grant the reader may not see goes to the center's line of other funding.
         */
        void add(
                String center,
                BudgetCategory category,
                String source,
                Figure figure,
                BigDecimal usd) {
            Line line =
                    reader.showsGrant(source)
                            ? new Line(category, source == null ? "" : source, false)
                            : new Line(null, "", true);
            BigDecimal[] f = byCenter.get(center).computeIfAbsent(line, k -> zeros());
            f[figure.ordinal()] = f[figure.ordinal()].add(usd);
        }

        /**
         * Each center's code and its lines' figures in the sheet's order, in the report's order of
         * centers.
         */
        Map<String, Map<Line, BigDecimal[]>> inOrder() {
            Map<String, Map<Line, BigDecimal[]>> ordered = new LinkedHashMap<>();
            byCenter.forEach(
                    (center, lines) -> {
                        Map<Line, BigDecimal[]> sorted = new TreeMap<>(Line.ORDER);
                        sorted.putAll(lines);
                        ordered.put(center, sorted);
                    });
            return ordered;
        }
    }

    /** A center's subtotal row on the budget sheet, and its budget and spent to date. */
    private record CenterTotal(String center, int excelRow, double budget, double spent) {}

    /**
     * Budget, committed, spent in the period and to date, by center, category and funding source,
     * in dollars; available and % executed as formulas; a subtotal per center and a total.
     */
    private List<CenterTotal> writeBudget(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            BudgetLines budget) {
        sheet.titleBlock(title, context.titleLines(lines)).header(context.columns(Budget.values()));
        List<Integer> subtotalRows = new ArrayList<>();
        List<CenterTotal> centerTotals = new ArrayList<>();
        BigDecimal[] grand = zeros();
        for (Map.Entry<String, Map<Line, BigDecimal[]>> center : budget.inOrder().entrySet()) {
            if (center.getValue().isEmpty()) {
                continue;
            }
            int first = sheet.nextExcelRow();
            BigDecimal[] subtotal = zeros();
            for (Map.Entry<Line, BigDecimal[]> line : center.getValue().entrySet()) {
                Line key = line.getKey();
                BigDecimal[] f = line.getValue();
                sheet.row()
                        .text(Budget.CENTER.index(), center.getKey())
                        .text(
                                Budget.CATEGORY.index(),
                                key.category() == null
                                        ? "—"
                                        : context.label("budget.category." + key.category().name()))
                        .text(
                                Budget.FUNDING_SOURCE.index(),
                                key.otherFunding()
                                        ? context.label("report.budget.otherFunding")
                                        : key.source().isEmpty()
                                                ? context.label("report.budget.noSource")
                                                : key.source());
                for (int i = 0; i < FIGURES; i++) {
                    sheet.money(BUDGET + i, f[i]);
                    subtotal[i] = subtotal[i].add(f[i]);
                }
                balance(sheet, f, Kind.MONEY, Kind.PERCENT);
            }
            int last = sheet.excelRow();
            sheet.row()
                    .label(
                            Budget.CENTER.index(),
                            context.label("report.subtotal", center.getKey()));
            for (int i = 0; i < FIGURES; i++) {
                sheet.sum(BUDGET + i, first, last, subtotal[i].doubleValue(), true);
                grand[i] = grand[i].add(subtotal[i]);
            }
            balance(sheet, subtotal, Kind.MONEY_TOTAL, Kind.PERCENT_TOTAL);
            subtotalRows.add(sheet.excelRow());
            centerTotals.add(
                    new CenterTotal(
                            center.getKey(),
                            sheet.excelRow(),
                            subtotal[0].doubleValue(),
                            subtotal[3].doubleValue()));
        }
        sheet.row().label(Budget.CENTER.index(), context.label("report.total"));
        for (int i = 0; i < FIGURES; i++) {
            sheet.formula(
                    BUDGET + i,
                    sumOf(letter(BUDGET + i), subtotalRows),
                    grand[i].doubleValue(),
                    Kind.MONEY_TOTAL);
        }
        balance(sheet, grand, Kind.MONEY_TOTAL, Kind.PERCENT_TOTAL);
        sheet.finish(ReportColumn.widths(Budget.values()));
        return centerTotals;
    }

    /**
     * Available (budget − spent to date) and % executed (spent to date / budget) of the current
     * row.
     */
    private static void balance(SheetWriter sheet, BigDecimal[] f, Kind money, Kind percent) {
        int r = sheet.excelRow();
        String budget = letter(BUDGET) + r;
        String spent = letter(SPENT_TO_DATE) + r;
        sheet.formula(
                        Budget.AVAILABLE_USD.index(),
                        budget + "-" + spent,
                        f[0].subtract(f[3]).doubleValue(),
                        money)
                .formula(
                        Budget.EXECUTED.index(),
                        "IF(" + budget + "=0,0," + spent + "/" + budget + ")",
                        executed(f[3], f[0]),
                        percent);
    }

    /**
     * Budget against spent to date by center: cells that refer to the budget sheet's subtotals, and
     * a column chart of them.
     */
    private void writeByCenter(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            String budgetSheet,
            List<CenterTotal> totals) {
        sheet.titleBlock(title, context.titleLines(lines))
                .header(context.columns(ByCenter.values()));
        String ref = "'" + budgetSheet.replace("'", "''") + "'!";
        int first = sheet.firstDataExcelRow();
        for (CenterTotal t : totals) {
            sheet.row()
                    .text(ByCenter.CENTER.index(), t.center())
                    .formula(
                            ByCenter.BUDGET_USD.index(),
                            ref + letter(BUDGET) + t.excelRow(),
                            t.budget(),
                            Kind.MONEY)
                    .formula(
                            ByCenter.SPENT_TO_DATE_USD.index(),
                            ref + letter(SPENT_TO_DATE) + t.excelRow(),
                            t.spent(),
                            Kind.MONEY);
        }
        int last = first + totals.size() - 1;
        sheet.finish(ReportColumn.widths(ByCenter.values()));
        if (!totals.isEmpty()) {
            String name = sheet.sheet().getSheetName();
            Charts.columns(
                    sheet.sheet(),
                    context.label("report.budget.chart"),
                    Charts.range(name, ByCenter.CENTER.index(), first, last),
                    totals.stream().map(CenterTotal::center).toArray(String[]::new),
                    List.of(
                            new Charts.Series(
                                    context.label("report.col.budgetUsd"),
                                    Charts.range(name, ByCenter.BUDGET_USD.index(), first, last),
                                    totals.stream()
                                            .map(CenterTotal::budget)
                                            .toArray(Double[]::new)),
                            new Charts.Series(
                                    context.label("report.col.spentToDateUsd"),
                                    Charts.range(
                                            name, ByCenter.SPENT_TO_DATE_USD.index(), first, last),
                                    totals.stream()
                                            .map(CenterTotal::spent)
                                            .toArray(Double[]::new))),
                    4,
                    first - 2,
                    14,
                    first + 18,
                    "USD");
        }
    }

    /**
     * Every payment of the period: original currency, rate and dollars, with the dollar total.
     * Package-private and static so that the writer benchmark drives this very code.
     */
    static void writeTransactions(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            Iterable<PaymentRow> payments,
            Consumer<PaymentRow> eachWritten) {
        writeTransactions(sheet, context, title, lines, payments, p -> true, eachWritten);
    }

    /**
     * Every payment of the period as {@link #writeTransactions(SheetWriter, ReportContext, String,
     * List, Iterable, Consumer)}, but those {@code listed} refuses (another donor's, for a donor)
     * are only counted, not written: the budget sheet adds them to the center's other funding.
     */
    static void writeTransactions(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            Iterable<PaymentRow> payments,
            java.util.function.Predicate<PaymentRow> listed,
            Consumer<PaymentRow> eachWritten) {
        sheet.titleBlock(title, context.titleLines(lines))
                .header(context.columns(Transactions.values()));
        int first = sheet.firstDataExcelRow();
        BigDecimal total = BigDecimal.ZERO;
        int count = 0;
        // A category's label looked up once, not once per payment: the sheet has up to a million
        // rows.
        Map<BudgetCategory, String> categories = new HashMap<>();
        for (PaymentRow p : payments) {
            if (!listed.test(p)) {
                eachWritten.accept(p);
                continue;
            }
            String category =
                    categories.computeIfAbsent(
                            p.category(), c -> context.label("budget.category." + c));
            sheet.row()
                    .date(Transactions.DATE.index(), p.date())
                    .text(Transactions.CENTER.index(), p.center())
                    .text(Transactions.WORK_PACKAGE.index(), p.workPackage())
                    .text(Transactions.FUNDING_SOURCE.index(), p.fundingSource())
                    .text(Transactions.CATEGORY.index(), category)
                    .text(Transactions.REFERENCE.index(), p.reference())
                    .money(Transactions.AMOUNT.index(), p.amount())
                    .text(Transactions.CURRENCY.index(), p.currency())
                    .rate(Transactions.UNITS_PER_USD.index(), p.unitsPerUsd())
                    .date(Transactions.RATE_DATE.index(), p.rateDate())
                    .money(Transactions.USD.index(), p.usd());
            total = total.add(p.usd());
            count++;
            eachWritten.accept(p);
        }
        sheet.row().label(Transactions.DATE.index(), context.label("report.total"));
        sheet.sum(Transactions.USD.index(), first, first + count - 1, total.doubleValue(), true);
        sheet.finish(ReportColumn.widths(Transactions.values()));
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] f = new BigDecimal[FIGURES];
        java.util.Arrays.fill(f, BigDecimal.ZERO);
        return f;
    }

    private static String letter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
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

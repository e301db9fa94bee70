package org.rehabtrack.report;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabtrack.audit.Corrections;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.Phase;
import org.rehabtrack.center.PhaseChangeRepository;
import org.rehabtrack.finding.FindingStatus;
import org.rehabtrack.finding.Severity;
import org.rehabtrack.funding.Conversion;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.funding.RatesOn;
import org.rehabtrack.milestone.MilestonePlans;
import org.rehabtrack.milestone.MilestoneSchedule;
import org.rehabtrack.milestone.MilestoneStatus;
import org.rehabtrack.milestone.PlannedMilestone;
import org.rehabtrack.report.ProgressColumns.Milestones;
import org.rehabtrack.report.ProgressColumns.Summary;
import org.rehabtrack.report.ProgressColumns.Timeline;
import org.rehabtrack.report.ProgressColumns.Works;
import org.rehabtrack.status.CenterStatus;
import org.rehabtrack.status.CenterStatusService;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.works.WorkPackageView;
import org.rehabtrack.works.WorkPackagesAsOf;

/**
 * The portfolio progress workbook: a summary row per center with its red/amber/green status and the
 * rule that sets it; every milestone with baseline, forecast, actual, slip and status at the status
 * date; every works package with its contract, revisions, dates and progress; a timeline of their
 * planned and actual months; and the S-curve of planned against actual cumulative progress.
 */
@ApplicationScoped
public class ProgressWorkbook {

    private final CenterStatusService statuses;
    private final MilestonePlans milestones;
    private final WorkPackagesAsOf workPackages;
    private final PhaseChangeRepository phases;
    private final ReportQueries queries;
    private final SCurves curves;
    private final ReportSnapshot snapshot;
    private final Corrections corrections;
    private final CurrencyConverter converter;

    ProgressWorkbook(
            CenterStatusService statuses,
            MilestonePlans milestones,
            WorkPackagesAsOf workPackages,
            PhaseChangeRepository phases,
            ReportQueries queries,
            SCurves curves,
            ReportSnapshot snapshot,
            Corrections corrections,
            CurrencyConverter converter) {
        this.corrections = corrections;
        this.converter = converter;
        this.curves = curves;
        this.snapshot = snapshot;
        this.statuses = statuses;
        this.milestones = milestones;
        this.workPackages = workPackages;
        this.phases = phases;
        this.queries = queries;
    }

    /**
     * Reads every figure in one snapshot of the database (a transaction of its own): the summary's
     * progress and late milestones are those of the sheets below it, even while progress is
     * reported and milestones are moved.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = BudgetReport.TRANSACTION_TIMEOUT_SECONDS)
    WorkbookFile write(ReportContext context) {
        LocalDate statusDate = context.cutOff();
        snapshot.begin();
        AsOf asOf = context.asOf();
        String title = context.label("report.progress.title");
        CorrectionsSheet late =
                new CorrectionsSheet(corrections.of(context.centerIds(), asOf, context.funding()));
        List<String> lines =
                late.note(
                        context,
                        List.of(
                                context.label("report.progress.statusDate", statusDate.toString()),
                                context.label("report.progress.rule")));
        List<FindingRow> findings = queries.findings(context);
        try (ReportWorkbook workbook = new ReportWorkbook(context, title)) {
            writeSummary(
                    workbook.sheet(context.label("report.progress.sheet.summary")),
                    context,
                    title,
                    lines,
                    statusDate,
                    findings);
            writeMilestones(
                    workbook.sheet(context.label("report.progress.sheet.milestones")),
                    context,
                    title,
                    lines,
                    asOf);
            List<WorkPackageView> packages =
                    workPackages.of(context.centers(), asOf).stream()
                            .filter(
                                    p ->
                                            context.fundingSource() == null
                                                    || context.fundingSource()
                                                            .equals(p.fundingSource()))
                            .toList();
            writeWorks(
                    workbook.sheet(context.label("report.progress.sheet.works")),
                    context,
                    title,
                    lines,
                    packages);
            writeTimeline(
                    workbook.sheet(context.label("report.progress.sheet.timeline")),
                    context,
                    title,
                    lines,
                    statusDate,
                    packages);
            writeSCurve(
                    workbook.sheet(context.label("report.progress.sheet.sCurve")),
                    context,
                    title,
                    lines,
                    statusDate,
                    packages);
            late.write(workbook, context, title, lines);
            return workbook.file();
        }
    }

    private void writeSummary(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            LocalDate statusDate,
            List<FindingRow> findings) {
        int[] widths = ReportColumn.widths(Summary.values());
        sheet.columns(widths);
        sheet.titleBlock(title, context.titleLines(lines))
                .header(context.columns(Summary.values()));
        Map<Long, CenterStatus> all =
                statuses.of(
                        context.centers(),
                        statusDate,
                        context.fundingSource(),
                        openBySeverity(context.centers(), findings));
        Map<Long, Phase> phaseOn = phases.phasesOn(context.centerIds(), statusDate);
        for (Center center : context.centers()) {
            CenterStatus status = all.get(center.getId());
            Phase phase = phaseOn.get(center.getId());
            sheet.row()
                    .text(Summary.CENTER.index(), center.getCode())
                    .text(
                            Summary.PHASE.index(),
                            phase == null ? null : context.label("phase." + phase))
                    .decimal(Summary.PHYSICAL_PROGRESS.index(), status.physicalProgress())
                    .decimal(Summary.FINANCIAL_EXECUTION.index(), status.financialExecution())
                    .decimal(Summary.SPI.index(), status.spi())
                    .decimal(Summary.CPI.index(), status.cpi())
                    .text(Summary.NEXT_MILESTONE.index(), status.nextMilestone())
                    .date(Summary.FORECAST.index(), status.nextDue())
                    .integer(Summary.LATE_MILESTONES.index(), status.lateMilestones())
                    .integer(Summary.OPEN_CRITICAL.index(), status.openCritical())
                    .integer(Summary.OPEN_HIGH.index(), status.openHigh())
                    .status(
                            Summary.RAG.index(),
                            context.label("report.rag." + status.rag()),
                            status.rag());
        }
        sheet.finish(widths);
    }

    private void writeMilestones(
            SheetWriter sheet, ReportContext context, String title, List<String> lines, AsOf asOf) {
        LocalDate statusDate = asOf.date();
        int[] widths = ReportColumn.widths(Milestones.values());
        sheet.columns(widths);
        sheet.titleBlock(title, context.titleLines(lines))
                .header(context.columns(Milestones.values()));
        Map<Long, List<PlannedMilestone>> plans = milestones.of(context.centerIds(), asOf);
        for (Center center : context.centers()) {
            List<PlannedMilestone> plan =
                    plans.getOrDefault(center.getId(), List.of()).stream()
                            .sorted(
                                    Comparator.comparing((PlannedMilestone m) -> m.kind().ordinal())
                                            .thenComparing(PlannedMilestone::id))
                            .toList();
            for (PlannedMilestone m : plan) {
                MilestoneSchedule schedule = m.schedule();
                Integer slip = schedule.slipDays(statusDate);
                sheet.row()
                        .text(Milestones.CENTER.index(), center.getCode())
                        .text(Milestones.MILESTONE.index(), m.name())
                        .text(Milestones.KIND.index(), context.label(m.kind().labelKey()))
                        .date(Milestones.BASELINE.index(), schedule.baseline())
                        .date(Milestones.FORECAST.index(), schedule.forecast())
                        .date(Milestones.ACTUAL.index(), schedule.actual());
                if (slip != null) {
                    sheet.integer(Milestones.SLIP_DAYS.index(), slip);
                }
                MilestoneStatus status = schedule.status(statusDate);
                sheet.status(
                        Milestones.STATUS.index(),
                        context.label("milestone.status." + status),
                        status);
            }
        }
        sheet.finish(widths);
    }

    /**
     * The works packages as of the cut-off date. A contract in another currency than the dollar
     * also shows its revised amount in dollars, with the rate used: the one in force on the cut-off
     * date (left empty when there is none); no column adds two currencies.
     */
    private void writeWorks(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            List<WorkPackageView> packages) {
        int[] widths = ReportColumn.widths(Works.values());
        sheet.columns(widths);
        sheet.titleBlock(title, context.titleLines(lines)).header(context.columns(Works.values()));
        RatesOn rates = converter.ratesOn(context.cutOff());
        for (WorkPackageView p : packages) {
            Money revised = p.revisedContractAmount();
            Optional<Conversion> usd = revised == null ? Optional.empty() : rates.find(revised);
            sheet.row()
                    .text(Works.CENTER.index(), p.center())
                    .text(Works.CODE.index(), p.code())
                    .text(Works.TITLE.index(), p.title())
                    .text(Works.CONTRACTOR.index(), p.contractor())
                    .text(Works.STATUS.index(), context.label("works.status." + p.status()))
                    .money(
                            Works.CONTRACT_AMOUNT.index(),
                            p.contractAmount() == null ? null : p.contractAmount().amount())
                    .money(
                            Works.REVISED_CONTRACT_AMOUNT.index(),
                            revised == null ? null : revised.amount())
                    .text(
                            Works.CURRENCY.index(),
                            p.contractAmount() == null
                                    ? p.budget().currency()
                                    : p.contractAmount().currency())
                    .money(
                            Works.REVISED_CONTRACT_AMOUNT_USD.index(),
                            usd.map(c -> c.usd().amount()).orElse(null))
                    .decimal(
                            Works.UNITS_PER_USD.index(),
                            usd.filter(c -> c.rateDate() != null)
                                    .map(Conversion::unitsPerUsd)
                                    .orElse(null))
                    .date(Works.RATE_DATE.index(), usd.map(Conversion::rateDate).orElse(null))
                    .date(Works.PLANNED_START.index(), p.plannedStart())
                    .date(Works.PLANNED_END.index(), p.plannedEnd())
                    .date(Works.REVISED_PLANNED_END.index(), p.revisedPlannedEnd())
                    .date(Works.ACTUAL_START.index(), p.actualStart())
                    .date(Works.ACTUAL_END.index(), p.actualEnd())
                    .decimal(Works.PERCENT_COMPLETE.index(), p.percentComplete());
        }
        sheet.finish(widths);
    }

    /**
     * One row per works package, one column per month from the earliest planned or actual start to
     * the latest end: P where the month is in the planned period, A in the actual one (up to the
     * status date while under way), PA in both.
     */
    private void writeTimeline(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            LocalDate statusDate,
            List<WorkPackageView> all) {
        YearMonth first = null;
        YearMonth last = null;
        for (WorkPackageView p : all) {
            for (LocalDate d :
                    new LocalDate[] {
                        p.plannedStart(), p.revisedPlannedEnd(), p.actualStart(), p.actualEnd()
                    }) {
                if (d != null) {
                    YearMonth month = YearMonth.from(d);
                    first = first == null || month.isBefore(first) ? month : first;
                    last = last == null || month.isAfter(last) ? month : last;
                }
            }
        }
        List<String> header = new ArrayList<>(context.columns(Timeline.values()));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; m != null && !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
            header.add(m.toString());
        }
        List<String> legend = new ArrayList<>(lines);
        legend.add(context.label("report.progress.timelineLegend"));
        sheet.titleBlock(title, context.titleLines(legend)).header(header);
        for (WorkPackageView p : all) {
            sheet.row()
                    .text(Timeline.CENTER.index(), p.center())
                    .text(Timeline.CODE.index(), p.code())
                    .text(Timeline.TITLE.index(), p.title())
                    .text(Timeline.STATUS.index(), context.label("works.status." + p.status()));
            LocalDate actualEnd =
                    p.actualEnd() != null
                            ? p.actualEnd()
                            : p.actualStart() != null ? statusDate : null;
            for (int i = 0; i < months.size(); i++) {
                YearMonth m = months.get(i);
                sheet.period(
                        Timeline.month(i),
                        overlaps(m, p.plannedStart(), p.revisedPlannedEnd()),
                        overlaps(m, p.actualStart(), actualEnd));
            }
        }
        int[] widths = new int[Timeline.month(months.size())];
        Arrays.fill(widths, Timeline.MONTH_WIDTH);
        for (Timeline column : Timeline.values()) {
            widths[column.index()] = column.width();
        }
        sheet.finish(widths);
    }

    /**
     * Planned against actual cumulative progress of the packages not cancelled, in dollars and as
     * shares of their budget, with a line chart of the two shares.
     */
    private void writeSCurve(
            SheetWriter sheet,
            ReportContext context,
            String title,
            List<String> lines,
            LocalDate statusDate,
            List<WorkPackageView> packages) {
        SCurve curve =
                curves.of(context.everyCenter() ? null : context.centers(), packages, statusDate);
        List<String> legend = new ArrayList<>(lines);
        legend.add(context.label("report.progress.sCurveNote", curve.bac()));
        sheet.titleBlock(title, context.titleLines(legend))
                .header(context.columns(ProgressColumns.Curve.values()));
        int first = sheet.firstDataExcelRow();
        for (SCurve.Point point : curve.points()) {
            sheet.row()
                    .date(ProgressColumns.Curve.DATE.index(), point.date())
                    .money(ProgressColumns.Curve.PLANNED_VALUE_USD.index(), point.planned())
                    .money(ProgressColumns.Curve.EARNED_VALUE_USD.index(), point.earned())
                    .percent(ProgressColumns.Curve.PLANNED_CUMULATIVE.index(), point.plannedShare())
                    .percent(ProgressColumns.Curve.ACTUAL_CUMULATIVE.index(), point.earnedShare());
        }
        int last = first + curve.points().size() - 1;
        sheet.finish(ReportColumn.widths(ProgressColumns.Curve.values()));
        if (!curve.points().isEmpty()) {
            String name = sheet.sheet().getSheetName();
            Charts.shareLinesOverDates(
                    sheet.sheet(),
                    context.label("report.progress.sCurve"),
                    Charts.range(name, ProgressColumns.Curve.DATE.index(), first, last),
                    curve.points().stream().map(SCurve.Point::date).toArray(LocalDate[]::new),
                    List.of(
                            new Charts.Series(
                                    context.label("report.col.plannedCumulative"),
                                    Charts.range(
                                            name,
                                            ProgressColumns.Curve.PLANNED_CUMULATIVE.index(),
                                            first,
                                            last),
                                    curve.points().stream()
                                            .map(p -> p.plannedShare().doubleValue())
                                            .toArray(Double[]::new)),
                            new Charts.Series(
                                    context.label("report.col.actualCumulative"),
                                    Charts.range(
                                            name,
                                            ProgressColumns.Curve.ACTUAL_CUMULATIVE.index(),
                                            first,
                                            last),
                                    curve.points().stream()
                                            .map(
                                                    p ->
                                                            p.hasActual()
                                                                    ? p.earnedShare().doubleValue()
                                                                    : null)
                                            .toArray(Double[]::new))),
                    context.locale(),
                    6,
                    first - 2,
                    16,
                    first + 20);
        }
    }

    private static boolean overlaps(YearMonth month, LocalDate start, LocalDate end) {
        return start != null
                && end != null
                && !month.atDay(1).isAfter(end)
                && !month.atEndOfMonth().isBefore(start);
    }

    /** The findings still open or planned, counted by center id and severity. */
    private static Map<Long, Map<Severity, Integer>> openBySeverity(
            List<Center> centers, List<FindingRow> findings) {
        Map<String, Long> ids = new java.util.HashMap<>();
        centers.forEach(c -> ids.put(c.getCode(), c.getId()));
        Map<Long, Map<Severity, Integer>> open = new java.util.HashMap<>();
        for (FindingRow f : findings) {
            if (f.status() == FindingStatus.OPEN || f.status() == FindingStatus.PLANNED) {
                open.computeIfAbsent(ids.get(f.center()), id -> new EnumMap<>(Severity.class))
                        .merge(f.severity(), 1, Integer::sum);
            }
        }
        return open;
    }
}

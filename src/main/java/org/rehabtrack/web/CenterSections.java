package org.rehabtrack.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rehabtrack.audit.AuditAction;
import org.rehabtrack.audit.HistoryEntryView;
import org.rehabtrack.audit.HistoryService;
import org.rehabtrack.budget.CenterBudget;
import org.rehabtrack.budget.CenterBudgetService;
import org.rehabtrack.center.Center;
import org.rehabtrack.evaluation.EvaluationService;
import org.rehabtrack.evaluation.EvaluationView;
import org.rehabtrack.partnership.AgreementService;
import org.rehabtrack.partnership.AgreementView;
import org.rehabtrack.preliminary.PreliminaryProjectService;
import org.rehabtrack.preliminary.ProjectView;
import org.rehabtrack.report.SCurve;
import org.rehabtrack.report.SCurves;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.works.EarnedValueView;
import org.rehabtrack.works.WorkPackageService;
import org.rehabtrack.works.WorkPackageView;

/**
 * What a center's page shows below its milestones and findings: the latest evaluation with its
 * standards checks, the agreements and their commitments, the current preliminary project with its
 * bill of quantities, the works packages with their progress and earned value, the budget with its
 * charts, and the latest changes. The money figures and charts are absent while an exchange rate
 * the center needs is missing.
 */
@ApplicationScoped
class CenterSections {

    /** How many of the latest changes the page lists; the history workbook has them all. */
    static final int HISTORY_SHOWN = 15;

    /**
     * One change as the page lists it: when (local time), who, what record (its kind in the page's
     * language, or the stored name of a kind the pages do not know), and which fields.
     */
    record Change(
            String when,
            String user,
            String record,
            long recordId,
            AuditAction action,
            String fields) {

        static Change of(HistoryEntryView entry, ZoneId zone, Labels labels, Formats fmt) {
            HistoryRecord kind = HistoryRecord.of(entry.record());
            return new Change(
                    fmt.dateTime(entry.at(), zone),
                    entry.user(),
                    kind == null ? entry.record() : labels.history_record(kind),
                    entry.recordId(),
                    entry.action(),
                    entry.changes().stream()
                            .map(HistoryEntryView.FieldChange::field)
                            .collect(Collectors.joining(", ")));
        }
    }

    record Sections(
            EvaluationView evaluation,
            int evaluationCount,
            List<AgreementView> agreements,
            ProjectView project,
            List<WorkPackageView> workPackages,
            Map<Long, EarnedValueView> earnedValue,
            CenterBudget budget,
            SvgCharts.Chart sCurve,
            SvgCharts.Chart budgetChart,
            List<Change> history,
            long historyCount) {

        public EarnedValueView earnedValueOf(long workPackage) {
            return earnedValue.get(workPackage);
        }
    }

    private final EvaluationService evaluations;
    private final AgreementService agreements;
    private final PreliminaryProjectService projects;
    private final WorkPackageService packages;
    private final CenterBudgetService budgets;
    private final SCurves curves;
    private final HistoryService history;
    private final Visibility visibility;
    private final Clock clock;

    CenterSections(
            EvaluationService evaluations,
            AgreementService agreements,
            PreliminaryProjectService projects,
            WorkPackageService packages,
            CenterBudgetService budgets,
            SCurves curves,
            HistoryService history,
            Visibility visibility,
            Clock clock) {
        this.clock = clock;
        this.visibility = visibility;
        this.evaluations = evaluations;
        this.agreements = agreements;
        this.projects = projects;
        this.packages = packages;
        this.budgets = budgets;
        this.curves = curves;
        this.history = history;
    }

    Sections of(Center center, LocalDate today, Page page) {
        PageMessages msg = page.msg();
        Formats fmt = page.formats();
        String code = center.getCode();
        List<EvaluationView> all = evaluations.listForCenter(code);
        EvaluationView newest =
                all.stream()
                        .max(
                                Comparator.comparing(EvaluationView::date)
                                        .thenComparing(EvaluationView::id))
                        .orElse(null);
        ProjectView project = projects.versions(code).isEmpty() ? null : projects.current(code);
        // A donor sees other donors' money as one line of other funding, and no other donor's
        // grant.
        VisibilityScope funding = visibility.scope();
        List<WorkPackageView> workPackages =
                packages.listForCenters(List.of(center)).stream()
                        .map(p -> p.shownTo(funding))
                        .toList();
        CenterBudget budget =
                budgets.budgets(List.of(center), today, null, funding)
                        .get(center.getId())
                        .orElse(null);
        Map<Long, EarnedValueView> earnedValue =
                budget == null
                        ? Map.of()
                        : budget.workPackages().stream()
                                .collect(
                                        Collectors.toMap(
                                                CenterBudget.PackageLine::id,
                                                CenterBudget.PackageLine::earnedValue));
        SvgCharts.Chart sCurve = null;
        SvgCharts.Chart budgetChart = null;
        if (budget != null) {
            SCurve curve = curves.of(List.of(center), workPackages, today);
            sCurve = curve.points().isEmpty() ? null : SvgCharts.sCurve(curve, today, msg, fmt);
            budgetChart =
                    budget.budget().amount().signum() == 0
                            ? null
                            : SvgCharts.budget(budget, msg, page.labels(), fmt);
        }
        PageRequest latest = new PageRequest();
        latest.size = HISTORY_SHOWN;
        var changes = history.page(history.filter(code, null, null, null, null), latest);
        List<Change> latestChanges =
                changes.items().stream()
                        .map(entry -> Change.of(entry, clock.getZone(), page.labels(), fmt))
                        .toList();
        return new Sections(
                newest,
                all.size(),
                agreements.listForCenter(code),
                project,
                workPackages,
                earnedValue,
                budget,
                sCurve,
                budgetChart,
                latestChanges,
                changes.total());
    }
}

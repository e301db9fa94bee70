package org.rehabtrack.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rehabtrack.audit.HistoryService;
import org.rehabtrack.budget.CenterBudget;
import org.rehabtrack.budget.CenterBudgetService;
import org.rehabtrack.center.Center;
import org.rehabtrack.evaluation.EvaluationService;
import org.rehabtrack.evaluation.EvaluationView;
import org.rehabtrack.finding.FindingView;
import org.rehabtrack.milestone.MilestoneView;
import org.rehabtrack.partner.PartnerService;
import org.rehabtrack.partnership.AgreementService;
import org.rehabtrack.partnership.AgreementView;
import org.rehabtrack.preliminary.PreliminaryProjectService;
import org.rehabtrack.preliminary.ProjectView;
import org.rehabtrack.report.SCurve;
import org.rehabtrack.report.SCurves;
import org.rehabtrack.security.UserService;
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
            List<HistoryLines.Line> history,
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
    private final UserService users;
    private final PartnerService partners;
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
            UserService users,
            PartnerService partners,
            Clock clock) {
        this.users = users;
        this.partners = partners;
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

    /**
     * The sections of a center's page; its milestones and findings, which the page lists itself,
     * name those records in the history.
     */
    Sections of(
            Center center,
            LocalDate today,
            Page page,
            List<MilestoneView> milestones,
            List<FindingView> findings) {
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
        HistoryLines.Names names = new HistoryLines.Names();
        names.put("Center", center.getId(), code);
        partners.acronymsById().forEach((id, acronym) -> names.put("Partner", id, acronym));
        milestones.forEach(
                m ->
                        names.put(
                                "Milestone",
                                m.id(),
                                m.kind().isStandard()
                                        ? page.labels().milestone_kind(m.kind())
                                        : m.name()));
        findings.forEach(f -> names.put("Finding", f.id(), f.title()));
        all.forEach(
                e ->
                        names.put(
                                "Evaluation",
                                e.id(),
                                page.labels().evaluation_kind(e.kind())
                                        + " "
                                        + fmt.date(e.date())));
        for (AgreementView agreement : agreements.listForCenter(code)) {
            names.put("Agreement", agreement.id(), agreement.title());
            agreement.commitments().forEach(c -> names.put("Commitment", c.id(), c.description()));
        }
        workPackages.forEach(w -> names.put("WorkPackage", w.id(), w.code() + " · " + w.title()));
        Map<String, String> people = new HashMap<>();
        users.list().forEach(u -> people.put(u.username(), u.displayName()));
        HistoryLines lines = new HistoryLines(page, clock.getZone(), people, names);
        List<HistoryLines.Line> latestChanges = changes.items().stream().map(lines::of).toList();
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

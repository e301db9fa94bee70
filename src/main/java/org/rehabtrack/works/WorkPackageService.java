package org.rehabtrack.works;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.center.MilestoneKind;
import org.rehabtrack.finding.FindingService;
import org.rehabtrack.finding.PhotoService;
import org.rehabtrack.finding.PhotoView;
import org.rehabtrack.funding.BudgetAllocationRepository;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.funding.FundingSourceRepository;
import org.rehabtrack.milestone.MilestoneService;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.partner.PartnerRepository;
import org.rehabtrack.preliminary.PreliminaryProjectService;
import org.rehabtrack.system.FactDate;
import org.rehabtrack.system.Patch;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.problem.Messages;

/** Works packages: planning, contracting and building them, their progress, and what follows. */
@ApplicationScoped
public class WorkPackageService {

    private final WorkPackageRepository packages;
    private final ProgressReportRepository progress;
    private final ChangeOrderRepository changeOrders;
    private final CenterRepository centers;
    private final PartnerRepository partners;
    private final FindingService findingService;
    private final MilestoneService milestones;
    private final PreliminaryProjectService projects;
    private final PackageEarnedValue earnedValues;
    private final PhotoService photos;
    private final FundingSourceRepository fundingSources;
    private final BudgetAllocationRepository allocations;
    private final Clock clock;
    private final WorkPackagesAsOf asOf;

    WorkPackageService(
            WorkPackageRepository packages,
            ProgressReportRepository progress,
            ChangeOrderRepository changeOrders,
            CenterRepository centers,
            PartnerRepository partners,
            FindingService findingService,
            MilestoneService milestones,
            PreliminaryProjectService projects,
            PackageEarnedValue earnedValues,
            PhotoService photos,
            FundingSourceRepository fundingSources,
            BudgetAllocationRepository allocations,
            Clock clock,
            WorkPackagesAsOf asOf) {
        this.asOf = asOf;
        this.fundingSources = fundingSources;
        this.allocations = allocations;
        this.packages = packages;
        this.progress = progress;
        this.changeOrders = changeOrders;
        this.centers = centers;
        this.partners = partners;
        this.findingService = findingService;
        this.milestones = milestones;
        this.projects = projects;
        this.earnedValues = earnedValues;
        this.photos = photos;
        this.clock = clock;
    }

    public List<WorkPackageView> listForCenter(String code) {
        return listForCenters(List.of(centers.require(code)));
    }

    /**
     * The packages of several centers, by center code then code, in as many queries as for one
     * center.
     */
    public List<WorkPackageView> listForCenters(List<Center> of) {
        return asOf.now(of);
    }

    public WorkPackageView get(long id) {
        return view(workPackage(id));
    }

    /** The package as {@link #get}, with its earned value at a status date. */
    public WorkPackageView get(long id, LocalDate statusDate) {
        WorkPackage workPackage = workPackage(id);
        return view(workPackage).withEarnedValue(earnedValues.of(workPackage, statusDate));
    }

    @Transactional
    public WorkPackageView create(String code, NewWorkPackage request, String actor) {
        return create(code, request, actor, false);
    }

    @Transactional
    public WorkPackageView create(
            String code, NewWorkPackage request, String actor, boolean illustrative) {
        Center center = centers.require(code);
        if (packages.exists(center, request.code)) {
            throw Refusal.conflict(
                    Reason.DUPLICATE, "works.duplicate", center.getCode(), request.code);
        }
        if (request.budget != null && !request.budgetFromBoq.isEmpty()) {
            throw Refusal.invalidField("budgetFromBoq", "works.budgetTwice");
        }
        WorkPackage workPackage = new WorkPackage(center, request.code, illustrative);
        workPackage.describe(
                request,
                budget(center, request),
                contractor(request.contractor),
                fundingSource(center, request.fundingSource));
        packages.persistAndFlush(workPackage);
        addressFindings(workPackage, request.findings, actor);
        return view(workPackage);
    }

    @Transactional
    public WorkPackageView update(long id, Patch body, String actor) {
        WorkPackage workPackage = workPackage(id);
        List<Long> current = findingService.addressedBy(id);
        WorkPackagePatch patch = body.over(WorkPackagePatch.of(workPackage, current));
        workPackage.checkVersion(patch.version);
        if (body.sent("budget") && body.sent("budgetFromBoq")) {
            throw Refusal.invalidField("budgetFromBoq", "works.budgetTwice");
        }
        workPackage.describe(
                patch,
                budget(workPackage.getCenter(), patch),
                contractor(patch.contractor),
                fundingSource(workPackage.getCenter(), patch.fundingSource));
        addressFindings(workPackage, patch.findings, actor);
        if (patch.status == null) {
            throw Refusal.invalidField("status", "error.required");
        }
        if (patch.status != workPackage.getStatus()) {
            changeStatus(workPackage, patch.status, patch.statusDate, actor);
        }
        packages.flush();
        return view(workPackage);
    }

    /**
     * Moves a package to {@code status} on {@code date} (today when null), with what follows from
     * it.
     */
    @Transactional
    public WorkPackageView advance(
            long id, WorkPackageStatus status, LocalDate date, String actor) {
        WorkPackage workPackage = workPackage(id);
        changeStatus(workPackage, status, date, actor);
        packages.flush();
        return view(workPackage);
    }

    private void changeStatus(
            WorkPackage workPackage, WorkPackageStatus status, LocalDate date, String actor) {
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = date == null ? today : date;
        workPackage.moveTo(status, effective, today);
        followStatus(workPackage, effective, today, actor);
    }

    @Transactional
    public ProgressView reportProgress(long id, ProgressRequest request, String actor) {
        WorkPackage workPackage = workPackage(id);
        ProgressReport report =
                workPackage.reportProgress(
                        request,
                        progress.last(workPackage).orElse(null),
                        LocalDate.now(clock),
                        actor);
        progress.persist(report);
        packages.flush();
        return ProgressView.of(report, id, List.of());
    }

    /** Answers 404 unless the progress report exists. */
    public void requireProgressReport(long id) {
        if (progress.findById(id) == null) {
            throw Refusal.notFound("works.progressNotFound", id);
        }
    }

    public List<ProgressView> progress(long id) {
        List<ProgressReport> reports = progress.of(workPackage(id));
        Map<Long, List<PhotoView>> byReport =
                photos.ofReports(reports.stream().map(ProgressReport::getId).toList());
        return reports.stream()
                .map(r -> ProgressView.of(r, id, byReport.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    /** What the rest of the plan learns from a package's new status. */
    private void followStatus(
            WorkPackage workPackage, LocalDate date, LocalDate today, String actor) {
        Center center = workPackage.getCenter();
        switch (workPackage.getStatus()) {
            case CONTRACTED -> reach(center, MilestoneKind.WORKS_CONTRACT_AWARDED, date, today);
            case IN_PROGRESS -> reach(center, MilestoneKind.WORKS_STARTED, date, today);
            case COMPLETED -> {
                findingService.resolveAddressedBy(workPackage.getId(), actor);
                List<WorkPackage> all = packages.forCenter(center);
                boolean allDone =
                        all.stream()
                                .filter(p -> p.getStatus().counts())
                                .allMatch(p -> p.getStatus().isDone());
                if (allDone) {
                    reach(center, MilestoneKind.WORKS_COMPLETED, date, today);
                }
            }
            default -> {}
        }
    }

    /**
     * Links the listed findings of the center to the package (they become planned) and releases the
     * others.
     */
    private void addressFindings(WorkPackage workPackage, List<Long> ids, String actor) {
        findingService.addressIn(
                workPackage.getId(),
                workPackage.getCenter(),
                ids,
                Messages.get(Locale.ENGLISH, "works.findingReleased", workPackage.getCode()),
                actor);
    }

    private void reach(Center center, MilestoneKind kind, LocalDate date, LocalDate today) {
        milestones.reachStandard(center, kind, date);
    }

    /**
     * The total of the named chapters of the center's approved preliminary project, or else the
     * budget given.
     */
    private Money budget(Center center, WorkPackageDetails details) {
        if (details.budgetFromBoq.isEmpty()) {
            if (details.budget == null) {
                throw Refusal.invalidField("budget", "error.required");
            }
            return details.budget;
        }
        List<Money> total =
                projects.totalOfApprovedChapters(center, details.budgetFromBoq)
                        .orElseThrow(
                                () ->
                                        Refusal.invalidField(
                                                "budgetFromBoq", "works.noApprovedProject"));
        if (total.size() != 1) {
            throw Refusal.invalidField("budgetFromBoq", "works.boqCurrencies", total.size());
        }
        return total.get(0);
    }

    private Partner contractor(String acronym) {
        if (acronym == null || acronym.isBlank()) {
            return null;
        }
        return partners.findByAcronym(acronym)
                .orElseThrow(() -> Refusal.invalidField("contractor", "partner.unknown", acronym));
    }

    /** The grant a package is charged to: one that allocates money to the package's center. */
    private FundingSource fundingSource(Center center, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        FundingSource source =
                fundingSources
                        .findByCode(code.strip())
                        .orElseThrow(
                                () ->
                                        Refusal.invalidField(
                                                "fundingSource", "funding.unknown", code));
        if (!allocations.funds(source, center)) {
            throw Refusal.invalidField(
                    "fundingSource", "works.sourceNotFunding", source.getCode(), center.getCode());
        }
        return source;
    }

    private WorkPackageView view(WorkPackage workPackage) {
        return WorkPackageView.of(
                workPackage,
                findingService.addressedBy(workPackage.getId()),
                changeOrders
                        .approvedTotals(List.of(workPackage.getId()))
                        .getOrDefault(workPackage.getId(), Revision.NONE));
    }

    public List<ChangeOrderView> changeOrders(long id) {
        return changeOrders.of(workPackage(id)).stream().map(ChangeOrderView::of).toList();
    }

    /** Asks for a change to the contract, in the contract's currency. */
    @Transactional
    public ChangeOrderView requestChange(long id, ChangeOrderRequest request) {
        WorkPackage workPackage = workPackage(id);
        Money contract = workPackage.getContractAmount();
        if (contract == null) {
            throw Refusal.conflict(
                    Reason.ILLEGAL_TRANSITION,
                    "works.changeOrderNeedsContract",
                    workPackage.getCode());
        }
        if (!contract.currency().equals(request.currency)) {
            throw Refusal.invalidField(
                    "currency", "works.changeOrderCurrency", contract.currency());
        }
        ChangeOrder order =
                new ChangeOrder(
                        workPackage,
                        request.amount.setScale(2),
                        request.currency,
                        request.days,
                        request.reason.strip());
        changeOrders.persistAndFlush(order);
        return ChangeOrderView.of(order);
    }

    /**
     * Approves or rejects a change order; approved ones revise the contract amount and end date.
     */
    @Transactional
    public ChangeOrderView decideChange(long changeOrderId, ChangeOrderDecision decision) {
        ChangeOrder order =
                changeOrders
                        .findWithPackage(changeOrderId)
                        .orElseThrow(
                                () -> Refusal.notFound("works.changeOrderNotFound", changeOrderId));
        order.checkVersion(decision.version);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = decision.date == null ? today : decision.date;
        FactDate.notAfterToday("date", date, today);
        order.decide(decision.status, date);
        changeOrders.flush();
        return ChangeOrderView.of(order);
    }

    private WorkPackage workPackage(long id) {
        return packages.findWithCenter(id)
                .orElseThrow(() -> Refusal.notFound("works.notFound", id));
    }
}

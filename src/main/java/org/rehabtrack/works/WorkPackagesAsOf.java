package org.rehabtrack.works;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.center.Center;
import org.rehabtrack.finding.FindingRepository;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.persistence.CenterIds;

/**
 * The works packages of centers as they stood at a cut-off date: those recorded by then, with the
 * title, contractor, grant, budget, contract, planned dates and status then in force (read back
 * from the audit trail); actual dates only on or before the date; the progress last reported on or
 * before it; and the change orders approved on or before it.
 */
@ApplicationScoped
public class WorkPackagesAsOf {

    private final WorkPackageRepository packages;
    private final FindingRepository findings;
    private final ChangeOrderRepository changeOrders;
    private final ProgressReportRepository progress;
    private final RecordedValues recorded;
    private final EntityManager em;

    WorkPackagesAsOf(
            WorkPackageRepository packages,
            FindingRepository findings,
            ChangeOrderRepository changeOrders,
            ProgressReportRepository progress,
            RecordedValues recorded,
            EntityManager em) {
        this.packages = packages;
        this.findings = findings;
        this.changeOrders = changeOrders;
        this.progress = progress;
        this.recorded = recorded;
        this.em = em;
    }

    /**
     * The packages of the centers as they are now, by center then code, in a fixed number of
     * queries.
     */
    public List<WorkPackageView> now(List<Center> centers) {
        return of(centers, AsOf.NOW);
    }

    /** The packages of the centers, by center then code, in a fixed number of queries. */
    public List<WorkPackageView> of(List<Center> centers, AsOf asOf) {
        CenterIds ids = CenterIds.of(centers.stream().map(Center::getId).toList());
        List<WorkPackage> found = packages.forCenters(ids);
        Map<Long, List<Long>> findingIds = findings.idsByWorkPackageOfCenters(ids);
        if (asOf.current()) {
            Map<Long, Revision> revisions = changeOrders.approvedTotalsOfCenters(ids);
            return found.stream()
                    .map(
                            p ->
                                    WorkPackageView.of(
                                            p,
                                            findingIds.getOrDefault(p.getId(), List.of()),
                                            revisions.getOrDefault(p.getId(), Revision.NONE)))
                    .toList();
        }
        Map<Long, Revision> revisions = changeOrders.approvedTotalsOfCenters(ids, asOf.date());
        Map<Long, BigDecimal> percent = progress.percentOn(ids, asOf.date());
        RecordedValues.Past past = recorded.at(WorkPackage.class, asOf.end(), ids);
        return found.stream()
                .filter(p -> !past.createdSince(p.getId()))
                .map(
                        p ->
                                then(
                                        p,
                                        past,
                                        asOf,
                                        findingIds.getOrDefault(p.getId(), List.of()),
                                        revisions.getOrDefault(p.getId(), Revision.NONE),
                                        percent.getOrDefault(
                                                p.getId(), BigDecimal.ZERO.setScale(2))))
                .toList();
    }

    /**
     * The status recorded at the end of the date, made to agree with the actual dates on or before
     * it: a start or an end recorded later but dated by then moves the works on, one dated after it
     * takes them back. A cancellation recorded by then stands.
     */
    static WorkPackageStatus statusThen(
            WorkPackageStatus recorded, LocalDate actualStart, LocalDate actualEnd) {
        if (recorded == WorkPackageStatus.CANCELLED) {
            return recorded;
        }
        if (actualEnd != null) {
            return recorded.isDone() ? recorded : WorkPackageStatus.COMPLETED;
        }
        if (actualStart != null) {
            return recorded.takesProgress() ? recorded : WorkPackageStatus.IN_PROGRESS;
        }
        return recorded.isDone() || recorded.takesProgress()
                ? WorkPackageStatus.CONTRACTED
                : recorded;
    }

    private WorkPackageView then(
            WorkPackage p,
            RecordedValues.Past past,
            AsOf asOf,
            List<Long> findingIds,
            Revision revision,
            BigDecimal percent) {
        long id = p.getId();
        Money budget =
                new Money(
                        past.decimal(id, "budgetAmount", p.getBudget().amount()),
                        past.text(id, "budgetCurrency", p.getBudget().currency()));
        BigDecimal contractAmount =
                past.decimal(
                        id,
                        "contractAmount",
                        p.getContractAmount() == null ? null : p.getContractAmount().amount());
        String contractCurrency =
                past.text(
                        id,
                        "contractCurrency",
                        p.getContractAmount() == null ? null : p.getContractAmount().currency());
        Money contract =
                contractAmount == null ? null : new Money(contractAmount, contractCurrency);
        Money revised =
                contract == null
                        ? null
                        : new Money(contractAmount.add(revision.amount()), contractCurrency);
        LocalDate plannedEnd = past.date(id, "plannedEnd", p.getPlannedEnd());
        Long contractor =
                past.reference(
                        id,
                        "contractor",
                        p.getContractor() == null ? null : p.getContractor().getId());
        Long source =
                past.reference(
                        id,
                        "fundingSource",
                        p.getFundingSource() == null ? null : p.getFundingSource().getId());
        return new WorkPackageView(
                id,
                p.getCenter().getCode(),
                p.getCode(),
                past.text(id, "title", p.getTitle()),
                past.text(id, "scope", p.getScope()),
                contractor == null ? null : em.find(Partner.class, contractor).getAcronym(),
                source == null ? null : em.find(FundingSource.class, source).getCode(),
                past.constant(id, "category", BudgetCategory.class, p.getCategory()),
                budget,
                contract,
                revised,
                past.date(id, "plannedStart", p.getPlannedStart()),
                plannedEnd,
                plannedEnd == null ? null : plannedEnd.plusDays(revision.days()),
                asOf.happened(p.getActualStart()),
                asOf.happened(p.getActualEnd()),
                statusThen(
                        past.constant(id, "status", WorkPackageStatus.class, p.getStatus()),
                        asOf.happened(p.getActualStart()),
                        asOf.happened(p.getActualEnd())),
                percent,
                findingIds,
                p.isIllustrative(),
                p.getVersion(),
                p.getCreatedAt(),
                p.getUpdatedAt(),
                null);
    }
}

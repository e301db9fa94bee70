package org.rehabtrack.works;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.center.Center;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.system.FactDate;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.system.persistence.Audited;
import org.rehabtrack.system.persistence.TrackedEntity;

/** Works contracted and built at a center: scope, contractor, money, dates, status and progress. */
@Entity
public class WorkPackage extends TrackedEntity implements Audited {

    private static final BigDecimal COMPLETE = BigDecimal.valueOf(100);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Center center;

    private String code;
    private String title;
    private String scope;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contractor_partner_id")
    private Partner contractor;

    /** The grant the package is charged to, if chosen; with the category, its budget line. */
    @ManyToOne(fetch = FetchType.LAZY)
    private FundingSource fundingSource;

    @Enumerated(EnumType.STRING)
    private BudgetCategory category = BudgetCategory.CONSTRUCTION;

    private BigDecimal budgetAmount;
    private String budgetCurrency;
    private BigDecimal contractAmount;
    private String contractCurrency;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private LocalDate actualStart;
    private LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    private WorkPackageStatus status = WorkPackageStatus.PLANNED;

    private BigDecimal percentComplete = BigDecimal.ZERO.setScale(2);
    private boolean illustrative;

    protected WorkPackage() {}

    public WorkPackage(Center center, String code, boolean illustrative) {
        this.center = center;
        this.code = code;
        this.illustrative = illustrative;
    }

    /**
     * Sets what the package is, who builds it, the budget line it is charged to, what it costs and
     * when it is planned.
     */
    public void describe(
            WorkPackageDetails details,
            Money budget,
            Partner contractor,
            FundingSource fundingSource) {
        if (details.plannedStart != null
                && details.plannedEnd != null
                && details.plannedEnd.isBefore(details.plannedStart)) {
            throw Refusal.invalidField(
                    "plannedEnd", "works.plannedEndBeforeStart", details.plannedStart);
        }
        this.title = details.title.strip();
        this.scope = details.scope;
        this.contractor = contractor;
        this.fundingSource = fundingSource;
        this.category = details.category == null ? BudgetCategory.CONSTRUCTION : details.category;
        this.budgetAmount = budget.amount();
        this.budgetCurrency = budget.currency();
        this.contractAmount =
                details.contractAmount == null ? null : details.contractAmount.amount();
        this.contractCurrency =
                details.contractAmount == null ? null : details.contractAmount.currency();
        this.plannedStart = details.plannedStart;
        this.plannedEnd = details.plannedEnd;
    }

    /**
     * Moves the package in its life on {@code date}. A contract needs a contractor and an amount;
     * starting records the actual start, completing (at 100 % progress) the actual end.
     */
    public void moveTo(WorkPackageStatus target, LocalDate date, LocalDate today) {
        if (!status.canMoveTo(target)) {
            throw Refusal.conflict(
                    Reason.ILLEGAL_TRANSITION,
                    "works.illegalTransition",
                    status,
                    target,
                    status.next());
        }
        FactDate.notAfterToday("statusDate", date, today);
        if (target == WorkPackageStatus.CONTRACTED) {
            if (contractor == null) {
                throw Refusal.invalidField("contractor", "works.contractNeedsContractor");
            }
            if (contractAmount == null) {
                throw Refusal.invalidField("contractAmount", "works.contractNeedsAmount");
            }
        }
        if (target == WorkPackageStatus.IN_PROGRESS && actualStart == null) {
            this.actualStart = date;
        }
        if (target == WorkPackageStatus.COMPLETED) {
            if (percentComplete.compareTo(COMPLETE) < 0) {
                throw Refusal.conflict(
                        Reason.ILLEGAL_TRANSITION,
                        "works.completeNeedsFullProgress",
                        percentComplete.toPlainString());
            }
            this.actualEnd = date;
        }
        this.status = target;
    }

    /**
     * Records cumulative progress on {@code date}. Reports follow each other in time, while the
     * works are under way; the percentage goes down only with a reason.
     */
    public ProgressReport reportProgress(
            ProgressRequest request, ProgressReport last, LocalDate today, String actor) {
        if (!status.takesProgress()) {
            throw Refusal.conflict(Reason.ILLEGAL_TRANSITION, "works.progressNotUnderWay", status);
        }
        FactDate.notAfterToday("date", request.date, today);
        if (last != null && request.date.isBefore(last.getReportDate())) {
            throw Refusal.invalidField("date", "works.progressBeforeLast", last.getReportDate());
        }
        boolean lower = request.percentComplete.compareTo(percentComplete) < 0;
        boolean hasReason = request.correctionReason != null && !request.correctionReason.isBlank();
        if (lower && !hasReason) {
            throw Refusal.invalidField(
                    "percentComplete", "works.progressDown", percentComplete.toPlainString());
        }
        this.percentComplete = request.percentComplete.setScale(2);
        return new ProgressReport(
                this,
                request.date,
                this.percentComplete,
                request.note,
                hasReason ? request.correctionReason.strip() : null,
                actor);
    }

    public Money getBudget() {
        return new Money(budgetAmount, budgetCurrency);
    }

    public Money getContractAmount() {
        return contractAmount == null ? null : new Money(contractAmount, contractCurrency);
    }

    public Center getCenter() {
        return center;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getScope() {
        return scope;
    }

    public Partner getContractor() {
        return contractor;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public BudgetCategory getCategory() {
        return category;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public WorkPackageStatus getStatus() {
        return status;
    }

    public BigDecimal getPercentComplete() {
        return percentComplete;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    @Override
    public Long auditedCenterId() {
        return center.getId();
    }
}

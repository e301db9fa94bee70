package org.rehabtrack.works;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.funding.BudgetAllocationRepository;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.Conversion;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.funding.FundingSourceRepository;
import org.rehabtrack.system.FactDate;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;

/**
 * Payments: converted at the rate of their date, and never beyond what a grant allocated to the
 * center.
 */
@ApplicationScoped
public class ExpenditureService {

    private final ExpenditureRepository expenditures;
    private final FundingSourceRepository sources;
    private final BudgetAllocationRepository allocations;
    private final WorkPackageRepository packages;
    private final CurrencyConverter converter;
    private final Clock clock;

    ExpenditureService(
            ExpenditureRepository expenditures,
            FundingSourceRepository sources,
            BudgetAllocationRepository allocations,
            WorkPackageRepository packages,
            CurrencyConverter converter,
            Clock clock) {
        this.expenditures = expenditures;
        this.sources = sources;
        this.allocations = allocations;
        this.packages = packages;
        this.converter = converter;
        this.clock = clock;
    }

    /**
     * Records a payment against a works package. The funding source is locked while its balance for
     * the center is checked, so two payments at once cannot both spend the same money. A payment is
     * more than zero: money coming back would be a refund, a kind of its own with its reason, not a
     * payment of zero or less.
     */
    @Transactional
    public ExpenditureView pay(long workPackageId, ExpenditureRequest request, String actor) {
        if (request.amount.amount().signum() <= 0) {
            throw Refusal.invalidField("amount.amount", "expenditure.notPositive");
        }
        WorkPackage workPackage =
                packages.findWithCenter(workPackageId)
                        .orElseThrow(() -> Refusal.notFound("works.notFound", workPackageId));
        if (!workPackage.getStatus().counts()) {
            throw Refusal.conflict(
                    Reason.ILLEGAL_TRANSITION,
                    "expenditure.cancelledPackage",
                    workPackage.getCode());
        }
        LocalDate today = LocalDate.now(clock);
        FactDate.notAfterToday("date", request.date, today);
        FundingSource found = chargedTo(workPackage, request.fundingSource);
        FundingSource source = sources.findById(found.getId(), LockModeType.PESSIMISTIC_WRITE);
        Conversion conversion = converter.toUsd(request.amount, request.date);
        BigDecimal charged =
                request.amount.currency().equals(source.getCurrency())
                        ? request.amount.amount()
                        : converter
                                .fromUsd(conversion.usd(), source.getCurrency(), request.date)
                                .amount();
        BigDecimal allocated = allocations.allocated(source, workPackage.getCenter());
        BigDecimal spent = expenditures.spent(source, workPackage.getCenter());
        BigDecimal remaining = allocated.subtract(spent);
        if (charged.compareTo(remaining) > 0) {
            throw Refusal.conflict(
                    Reason.EXCEEDS_FUNDS,
                    "expenditure.overAllocation",
                    source.getCode(),
                    workPackage.getCenter().getCode(),
                    charged.toPlainString(),
                    remaining.toPlainString(),
                    allocated.toPlainString(),
                    spent.toPlainString(),
                    source.getCurrency());
        }
        BudgetCategory category =
                request.category == null ? workPackage.getCategory() : request.category;
        Expenditure expenditure =
                new Expenditure(
                        workPackage,
                        source,
                        category,
                        request.date,
                        conversion,
                        charged,
                        request.reference.strip(),
                        actor);
        expenditures.persistAndFlush(expenditure);
        expenditures.addToTotals(expenditure);
        return ExpenditureView.of(expenditure);
    }

    /** The grant a payment is charged to: the one named, or else the package's. */
    private FundingSource chargedTo(WorkPackage workPackage, String code) {
        if (code == null || code.isBlank()) {
            if (workPackage.getFundingSource() == null) {
                throw Refusal.invalidField(
                        "fundingSource", "expenditure.noSource", workPackage.getCode());
            }
            return workPackage.getFundingSource();
        }
        return sources.findByCode(code.strip())
                .orElseThrow(() -> Refusal.invalidField("fundingSource", "funding.unknown", code));
    }

    public List<ExpenditureView> of(long workPackageId) {
        WorkPackage workPackage =
                packages.findWithCenter(workPackageId)
                        .orElseThrow(() -> Refusal.notFound("works.notFound", workPackageId));
        return expenditures.of(workPackage).stream().map(ExpenditureView::of).toList();
    }

    public ExpenditureView get(long id) {
        return expenditures
                .find(
                        "from Expenditure e join fetch e.fundingSource join fetch e.center"
                                + " join fetch e.workPackage where e.id = ?1",
                        id)
                .firstResultOptional()
                .map(ExpenditureView::of)
                .orElseThrow(() -> Refusal.notFound("expenditure.notFound", id));
    }
}

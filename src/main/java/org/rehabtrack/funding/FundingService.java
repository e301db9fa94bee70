package org.rehabtrack.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.partner.Partner;
import org.rehabtrack.partner.PartnerRepository;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Refusal.Reason;
import org.rehabtrack.system.money.Money;

/** Grants and their allocations to centers and categories. */
@ApplicationScoped
public class FundingService {

    private final FundingSourceRepository sources;
    private final BudgetAllocationRepository allocations;
    private final PartnerRepository partners;
    private final CenterRepository centers;

    FundingService(
            FundingSourceRepository sources,
            BudgetAllocationRepository allocations,
            PartnerRepository partners,
            CenterRepository centers) {
        this.sources = sources;
        this.allocations = allocations;
        this.partners = partners;
        this.centers = centers;
    }

    public List<FundingSourceView> list() {
        return list(donor -> true);
    }

    /** The grants of the donors (partner ids) that pass the test. */
    public List<FundingSourceView> list(java.util.function.LongPredicate donor) {
        List<FundingSource> all =
                sources.listByCode().stream()
                        .filter(f -> donor.test(f.getDonor().getId()))
                        .toList();
        Map<Long, List<BudgetAllocation>> byId = allocations.of(all);
        return all.stream()
                .map(f -> FundingSourceView.of(f, byId.getOrDefault(f.getId(), List.of())))
                .toList();
    }

    public Optional<FundingSourceView> find(String code) {
        return sources.findByCode(code).map(f -> FundingSourceView.of(f, allocations.of(f)));
    }

    @Transactional
    public FundingSourceView create(NewFundingSource request, boolean illustrative) {
        if (sources.findByCode(request.code).isPresent()) {
            throw Refusal.conflict(Reason.DUPLICATE, "funding.duplicate", request.code);
        }
        if (request.startDate != null
                && request.endDate != null
                && request.endDate.isBefore(request.startDate)) {
            throw Refusal.invalidField("endDate", "funding.periodReversed", request.startDate);
        }
        Partner donor =
                partners.findByAcronym(request.donor)
                        .orElseThrow(
                                () ->
                                        Refusal.invalidField(
                                                "donor", "partner.unknown", request.donor));
        FundingSource source =
                new FundingSource(
                        request.code,
                        donor,
                        request.amount,
                        request.startDate,
                        request.endDate,
                        illustrative);
        sources.persistAndFlush(source);
        return FundingSourceView.of(source, List.of());
    }

    /**
     * Plans money of a grant for a center and category, in the grant's currency; a grant cannot
     * allocate more than it has. The grant is locked while its allocations are checked, as a
     * payment locks it (ExpenditureService): two allocations at once cannot both take the same
     * money, nor both be the first of a center and category.
     */
    @Transactional
    public AllocationView allocate(String code, NewAllocation request) {
        FundingSource source =
                sources.findById(source(code).getId(), LockModeType.PESSIMISTIC_WRITE);
        Center center =
                centers.findByCode(request.center)
                        .orElseThrow(
                                () ->
                                        Refusal.invalidField(
                                                "center", "center.unknown", request.center));
        Money amount = request.amount;
        if (!amount.currency().equals(source.getCurrency())) {
            throw Refusal.invalidField(
                    "amount.currency", "funding.currencyDiffers", source.getCurrency());
        }
        if (allocations.exists(source, center, request.category)) {
            throw Refusal.conflict(
                    Reason.DUPLICATE,
                    "funding.allocationExists",
                    source.getCode(),
                    center.getCode(),
                    request.category);
        }
        BigDecimal allocated = allocations.allocated(source);
        BigDecimal left = source.getAmount().amount().subtract(allocated);
        if (amount.amount().compareTo(left) > 0) {
            throw Refusal.conflict(
                    Reason.EXCEEDS_FUNDS,
                    "funding.overAllocated",
                    source.getCode(),
                    amount.amount().toPlainString(),
                    left.toPlainString(),
                    source.getCurrency(),
                    source.getAmount().amount().toPlainString(),
                    allocated.toPlainString());
        }
        BudgetAllocation allocation =
                new BudgetAllocation(source, center, request.category, amount.amount());
        allocations.persistAndFlush(allocation);
        return AllocationView.of(allocation);
    }

    FundingSource source(String code) {
        return sources.findByCode(code)
                .orElseThrow(() -> Refusal.notFound("funding.notFound", code));
    }
}

package org.rehabtrack.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.system.money.Money;

/** A grant as the API shows it: its amount, what is allocated, what is left to allocate. */
public record FundingSourceView(
        String code,
        String donor,
        Money amount,
        LocalDate startDate,
        LocalDate endDate,
        Money allocated,
        Money unallocated,
        List<AllocationView> allocations,
        boolean illustrative,
        long version) {

    static FundingSourceView of(FundingSource f, List<BudgetAllocation> allocations) {
        BigDecimal allocated =
                allocations.stream()
                        .map(a -> a.getAmount().amount())
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new FundingSourceView(
                f.getCode(),
                f.getDonor().getAcronym(),
                f.getAmount(),
                f.getStartDate(),
                f.getEndDate(),
                new Money(allocated, f.getCurrency()),
                new Money(f.getAmount().amount().subtract(allocated), f.getCurrency()),
                allocations.stream().map(AllocationView::of).toList(),
                f.isIllustrative(),
                f.getVersion());
    }
}

package org.rehabtrack.funding;

import org.rehabtrack.system.money.Money;

/** One allocation of a grant. */
public record AllocationView(
        long id,
        String fundingSource,
        String center,
        BudgetCategory category,
        Money amount,
        long version) {

    static AllocationView of(BudgetAllocation a) {
        return new AllocationView(
                a.getId(),
                a.getFundingSource().getCode(),
                a.getCenter().getCode(),
                a.getCategory(),
                a.getAmount(),
                a.getVersion());
    }
}

package org.rehabtrack.budget;

import java.math.BigDecimal;
import org.rehabtrack.funding.BudgetCategory;

/**
 * A budget line of a center, a category and a grant (null for none), in US dollars at the status
 * date: what its allocations gave it, what the contracts charged to it committed (as revised by
 * their approved change orders) and what was paid from it up to that date. Worked out by the
 * roll-up ({@link CenterRollUp}), whose totals are these lines added up: the budget workbook's
 * lines.
 */
public record BudgetLine(
        BudgetCategory category,
        String fundingSource,
        BigDecimal allocated,
        BigDecimal committed,
        BigDecimal paid) {

    /** Allocated less paid. */
    public BigDecimal balance() {
        return allocated.subtract(paid);
    }
}

package org.rehabtrack.report;

import java.math.BigDecimal;
import org.rehabtrack.funding.BudgetCategory;

/** One allocation as the budget report reads it. */
public record AllocationRow(
        String center,
        BudgetCategory category,
        String fundingSource,
        BigDecimal amount,
        String currency) {}

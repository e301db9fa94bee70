package org.rehabtrack.report;

import java.math.BigDecimal;
import org.rehabtrack.funding.BudgetCategory;

/**
 * A works package's contract as the budget report reads it: the budget line it is charged to (no
 * funding source when none was chosen), its amount and what approved change orders add to it.
 */
public record CommitmentRow(
        String center,
        BudgetCategory category,
        String fundingSource,
        BigDecimal contractAmount,
        String currency,
        BigDecimal approvedChanges) {

    BigDecimal revised() {
        return contractAmount.add(approvedChanges);
    }
}

package org.rehabtrack.report;

import java.math.BigDecimal;
import org.rehabtrack.funding.BudgetCategory;

/** The dollars paid to a center's budget line (category and funding source). */
public record PaidRow(
        String center, BudgetCategory category, String fundingSource, BigDecimal usd) {}

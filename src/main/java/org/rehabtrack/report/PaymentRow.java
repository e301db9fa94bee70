package org.rehabtrack.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.rehabtrack.funding.BudgetCategory;

/** One payment as the budget report reads it, with the rate that converted it. */
public record PaymentRow(
        LocalDate date,
        String center,
        String workPackage,
        String fundingSource,
        BudgetCategory category,
        String reference,
        BigDecimal amount,
        String currency,
        BigDecimal unitsPerUsd,
        LocalDate rateDate,
        BigDecimal usd) {}

package org.rehabtrack.works;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.system.money.Money;

/** A payment as the API shows it, with its dollar amount and the rate that gave it. */
public record ExpenditureView(
        long id,
        long workPackage,
        String center,
        String fundingSource,
        BudgetCategory category,
        LocalDate date,
        Money amount,
        Money usd,
        BigDecimal unitsPerUsd,
        Long exchangeRate,
        String reference,
        String recordedBy,
        Instant createdAt) {

    static ExpenditureView of(Expenditure e) {
        return new ExpenditureView(
                e.getId(),
                e.getWorkPackage().getId(),
                e.getCenter().getCode(),
                e.getFundingSource().getCode(),
                e.getCategory(),
                e.getPaymentDate(),
                e.getAmount(),
                e.getUsd(),
                e.getUnitsPerUsd(),
                e.getExchangeRateId(),
                e.getReference(),
                e.getRecordedBy(),
                e.getCreatedAt());
    }
}

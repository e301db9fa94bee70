package org.rehabtrack.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.ExchangeRateView;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.works.EarnedValueView;

/**
 * A center's money at a status date, in US dollars: budget (allocations), committed (contracts and
 * approved change orders), spent (payments up to the date), available (budget minus spent), by
 * category and funding source; progress and earned value. {@code rates} lists every rate used to
 * convert a figure that was not in dollars (allocations and contracts at the status date, payments
 * at their own dates), so each can be traced; for a donor, not those of other donors' allocations
 * and payments, which it sees only as one "other funding" line.
 */
public record CenterBudget(
        String center,
        LocalDate statusDate,
        Money budget,
        Money committed,
        Money spent,
        Money available,
        BigDecimal physicalProgress,
        BigDecimal financialExecution,
        List<CategoryLine> byCategory,
        List<SourceLine> byFundingSource,
        EarnedValueView earnedValue,
        List<PackageLine> workPackages,
        List<ExchangeRateView> rates) {

    public record CategoryLine(
            BudgetCategory category, Money budget, Money spent, Money available) {}

    /**
     * A grant's figures for the center, in the grant's currency and in dollars. For a donor, the
     * money of every other donor's grant is one line of its own, last, in dollars, with no code and
     * no donor: {@code otherFunding} true ({@link VisibilityScope}).
     */
    public record SourceLine(
            String fundingSource,
            String donor,
            Money allocated,
            Money spent,
            Money remaining,
            Money allocatedUsd,
            Money spentUsd,
            boolean otherFunding) {}

    public record PackageLine(
            long id,
            String code,
            String status,
            BigDecimal percentComplete,
            EarnedValueView earnedValue) {}
}

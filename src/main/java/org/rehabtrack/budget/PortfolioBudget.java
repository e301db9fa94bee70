package org.rehabtrack.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.works.EarnedValueView;

/** Every center's money and earned value added up at a status date, in US dollars. */
public record PortfolioBudget(
        LocalDate statusDate,
        Money budget,
        Money committed,
        Money spent,
        Money available,
        BigDecimal financialExecution,
        EarnedValueView earnedValue,
        List<CenterLine> centers) {

    /** One center's headline figures within the portfolio. */
    public record CenterLine(
            String center,
            Money budget,
            Money committed,
            Money spent,
            Money available,
            BigDecimal physicalProgress,
            BigDecimal financialExecution,
            EarnedValueView earnedValue) {}
}

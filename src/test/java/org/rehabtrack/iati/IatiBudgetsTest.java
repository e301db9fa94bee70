package org.rehabtrack.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabtrack.budget.AllocatedAmount;
import org.rehabtrack.funding.BudgetCategory;

/**
 * A center's budgets from its allocations: one original per calendar year they were made in and per
 * currency, of what they gave at that year's end; a revised one beside it when they give otherwise
 * at the date.
 */
class IatiBudgetsTest {

    private static final ZoneId ZONE = ZoneId.of("America/Tegucigalpa");
    private static final long CENTER = 7;

    private static AllocatedAmount allocation(long id, String currency, String amount, String day) {
        return new AllocatedAmount(
                id,
                CENTER,
                BudgetCategory.CONSTRUCTION,
                "GRANT-" + currency,
                currency,
                "DON",
                new BigDecimal(amount),
                LocalDate.parse(day).atTime(12, 0).atZone(ZONE).toInstant());
    }

    private static IatiActivity.Budget budget(int type, int year, String value, String currency) {
        return new IatiActivity.Budget(
                type,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                new BigDecimal(value),
                currency);
    }

    @Test
    void anAllocationChangedSinceItsYearRevisesThatYearsBudget() {
        List<AllocatedAmount> now =
                List.of(
                        allocation(1, "USD", "1500.00", "2025-03-01"),
                        allocation(2, "USD", "1000.00", "2025-11-30"),
                        allocation(3, "HNL", "50000.00", "2025-12-31"),
                        allocation(4, "USD", "700.00", "2026-01-01"));
        // At the end of 2025 the first allocation gave 1,000 dollars: it was raised in 2026.
        Map<Integer, Map<Long, BigDecimal>> atYearEnd =
                Map.of(
                        2025,
                        Map.of(
                                1L, new BigDecimal("1000.00"),
                                2L, new BigDecimal("1000.00"),
                                3L, new BigDecimal("50000.00")),
                        2026,
                        Map.of(4L, new BigDecimal("700.00")));

        assertEquals(
                List.of(
                        budget(1, 2025, "50000.00", "HNL"),
                        budget(1, 2025, "2000.00", "USD"),
                        budget(2, 2025, "2500.00", "USD"),
                        budget(1, 2026, "700.00", "USD")),
                IatiMoney.budgets(now, ZONE, atYearEnd::get).get(CENTER));
    }

    @Test
    void aYearIsTheCentersLocalYear() {
        // Half past midnight on New Year's Day in UTC is still 31 December in Honduras.
        AllocatedAmount lastDay =
                new AllocatedAmount(
                        9,
                        CENTER,
                        BudgetCategory.CONSTRUCTION,
                        "GRANT",
                        "USD",
                        "DON",
                        new BigDecimal("10.00"),
                        Instant.parse("2026-01-01T00:30:00Z"));
        assertEquals(
                List.of(budget(1, 2025, "10.00", "USD")),
                IatiMoney.budgets(List.of(lastDay), ZONE, y -> Map.of(9L, new BigDecimal("10.00")))
                        .get(CENTER));
    }
}

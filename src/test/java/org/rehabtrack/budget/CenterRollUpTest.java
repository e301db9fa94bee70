package org.rehabtrack.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.RatesOn;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.works.Revision;
import org.rehabtrack.works.WorkPackageStatus;

/**
 * The roll-up on its own, with the worked examples of docs/works-and-money.md (roll-ups and earned
 * value): one center in dollars, so that every figure can be checked by hand.
 */
class CenterRollUpTest {

    private static final LocalDate STATUS_DATE = LocalDate.of(2026, 7, 2);
    private static final long CENTER = 1;
    private static final long PACKAGE = 11;

    /** 150,000 USD allocated, half of it by another donor's grant. */
    private static final List<AllocatedAmount> ALLOCATED =
            List.of(
                    allocation("G-OWN", "DONOR-A", "90000.00"),
                    allocation("G-OTHER", "DONOR-B", "60000.00"));

    /** 45,000 USD paid to the package, from the first grant. */
    private static final List<RollUpQueries.Payments> PAID =
            List.of(
                    new RollUpQueries.Payments(
                            CENTER,
                            PACKAGE,
                            BudgetCategory.CONSTRUCTION,
                            "G-OWN",
                            "USD",
                            "DONOR-A",
                            new BigDecimal("45000.00"),
                            new BigDecimal("45000.00")));

    /**
     * The worked example: BAC 100,000.00 USD planned over 2026, 40 % complete, a 90,000.00 contract
     * with 10,000.00 of approved change orders.
     */
    private static final List<RollUpQueries.Package> LIVE =
            List.of(
                    new RollUpQueries.Package(
                            CENTER,
                            PACKAGE,
                            "WP-01",
                            WorkPackageStatus.IN_PROGRESS,
                            new BigDecimal("100000.00"),
                            "USD",
                            new BigDecimal("90000.00"),
                            "USD",
                            LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 12, 31),
                            new BigDecimal("40"),
                            BudgetCategory.CONSTRUCTION,
                            "G-OWN"));

    private static final Map<Long, Revision> REVISIONS =
            Map.of(PACKAGE, new Revision(new BigDecimal("10000.00"), 30));
    private static final Map<Long, BigDecimal> PERCENT = Map.of(PACKAGE, new BigDecimal("40"));

    @Test
    void aCentersMoneyAddsUpAsTheDocumentSays() {
        CenterBudget budget = rollUp(VisibilityScope.EVERYTHING);

        assertEquals(usd("150000.00"), budget.budget());
        assertEquals(usd("100000.00"), budget.committed(), "contract plus approved changes");
        assertEquals(usd("45000.00"), budget.spent());
        assertEquals(usd("105000.00"), budget.available(), "budget less spent");
        assertEquals(new BigDecimal("30.00"), budget.financialExecution());
        assertEquals(new BigDecimal("40.00"), budget.physicalProgress());
        assertEquals(2, budget.byFundingSource().size());
        assertTrue(
                budget.byFundingSource().stream().noneMatch(CenterBudget.SourceLine::otherFunding));
    }

    @Test
    void earnedValueIsTheWorkedExample() {
        var ev = rollUp(VisibilityScope.EVERYTHING).earnedValue();

        assertEquals(usd("100000.00"), ev.bac());
        assertEquals(usd("50000.00"), ev.pv());
        assertEquals(usd("40000.00"), ev.ev());
        assertEquals(usd("45000.00"), ev.ac());
        assertEquals(new BigDecimal("0.80"), ev.spi());
        assertEquals(new BigDecimal("0.89"), ev.cpi());
        assertEquals(usd("112500.00"), ev.eac());
    }

    @Test
    void aDonorSeesItsOwnGrantAndTheRestAsOneLine() {
        VisibilityScope donor = new VisibilityScope(Set.of(CENTER), 7L, Map.of(70L, "G-OWN"));

        CenterBudget budget = rollUp(donor);

        assertEquals(usd("150000.00"), budget.budget(), "every grant counts in the totals");
        assertEquals(2, budget.byFundingSource().size());
        CenterBudget.SourceLine own = budget.byFundingSource().get(0);
        assertEquals("G-OWN", own.fundingSource());
        assertFalse(own.otherFunding());
        CenterBudget.SourceLine other = budget.byFundingSource().get(1);
        assertTrue(other.otherFunding());
        assertNull(other.fundingSource());
        assertNull(other.donor());
    }

    @Test
    void theBudgetLinesAreTheCentersFiguresLineByLine() {
        List<BudgetLine> lines =
                CenterRollUp.lines(
                        new CenterRollUp.Dollars(new RatesOn(STATUS_DATE, Map.of())),
                        ALLOCATED,
                        PAID,
                        LIVE,
                        REVISIONS);
        CenterBudget budget = rollUp(VisibilityScope.EVERYTHING);

        assertEquals(
                List.of(
                        new BudgetLine(
                                BudgetCategory.CONSTRUCTION,
                                "G-OTHER",
                                new BigDecimal("60000.00"),
                                new BigDecimal("0.00"),
                                new BigDecimal("0.00")),
                        new BudgetLine(
                                BudgetCategory.CONSTRUCTION,
                                "G-OWN",
                                new BigDecimal("90000.00"),
                                new BigDecimal("100000.00"),
                                new BigDecimal("45000.00"))),
                lines.stream()
                        .sorted(java.util.Comparator.comparing(BudgetLine::fundingSource))
                        .toList(),
                "the package's revised contract is committed on the line it is charged to");
        assertEquals(budget.budget(), usd(sum(lines, BudgetLine::allocated)));
        assertEquals(budget.committed(), usd(sum(lines, BudgetLine::committed)));
        assertEquals(budget.spent(), usd(sum(lines, BudgetLine::paid)));
        assertEquals(budget.available(), usd(sum(lines, BudgetLine::balance)));
    }

    @Test
    void aFigureWithoutItsRateIsBlankInAListAndRefusedWhenAskedFor() {
        Money yen = new Money(new BigDecimal("1000.00"), "JPY");
        RatedFigure<BigDecimal> unknown =
                RatedFigure.workOut(
                        () -> new CenterRollUp.Dollars(new RatesOn(STATUS_DATE, Map.of())).of(yen));

        assertTrue(unknown.listed().isEmpty());
        Refusal refused = assertThrows(Refusal.class, unknown::asked);
        assertEquals(Refusal.Reason.MISSING_RATE, refused.reason());

        RatedFigure<BigDecimal> known = RatedFigure.workOut(() -> BigDecimal.TEN);
        assertEquals(BigDecimal.TEN, known.asked());
        assertEquals(BigDecimal.TEN, known.listed().orElseThrow());

        Refusal other = Refusal.refused(Refusal.Reason.NOT_FOUND, "center.notFound", "C-9");
        assertSame(
                other,
                assertThrows(
                        Refusal.class,
                        () ->
                                RatedFigure.workOut(
                                        () -> {
                                            throw other;
                                        })),
                "only a missing rate makes a figure unknown");
    }

    @Test
    void withoutABudgetThereIsNoShareSpent() {
        assertNull(CenterRollUp.financialExecution(BigDecimal.ZERO, BigDecimal.ZERO.setScale(2)));
        assertEquals(
                new BigDecimal("33.33"),
                CenterRollUp.financialExecution(BigDecimal.ONE, new BigDecimal("3")));
    }

    private static CenterBudget rollUp(VisibilityScope scope) {
        return CenterRollUp.of(
                "C-1",
                STATUS_DATE,
                new CenterRollUp.Dollars(new RatesOn(STATUS_DATE, Map.of())),
                ALLOCATED,
                PAID,
                LIVE,
                REVISIONS,
                PERCENT,
                List.of(),
                scope);
    }

    private static AllocatedAmount allocation(String grant, String donor, String usd) {
        return new AllocatedAmount(
                grant.hashCode(),
                CENTER,
                BudgetCategory.CONSTRUCTION,
                grant,
                "USD",
                donor,
                new BigDecimal(usd),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static BigDecimal sum(
            List<BudgetLine> lines, java.util.function.Function<BudgetLine, BigDecimal> figure) {
        return lines.stream().map(figure).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static Money usd(BigDecimal amount) {
        return new Money(amount, "USD");
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }
}

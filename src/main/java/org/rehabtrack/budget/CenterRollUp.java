package org.rehabtrack.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.budget.CenterBudget.CategoryLine;
import org.rehabtrack.budget.CenterBudget.PackageLine;
import org.rehabtrack.budget.CenterBudget.SourceLine;
import org.rehabtrack.funding.BudgetCategory;
import org.rehabtrack.funding.Conversion;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.funding.ExchangeRateView;
import org.rehabtrack.funding.RatesOn;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.works.EarnedValue;
import org.rehabtrack.works.EarnedValueView;
import org.rehabtrack.works.Revision;

/**
 * One center's roll-up from its rows, a pure function: the rule of docs/works-and-money.md
 * (roll-ups), which the API, the pages and the workbooks all reach through {@link
 * CenterBudgetService}.
 */
final class CenterRollUp {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CenterRollUp() {}

    /** One center's roll-up from its rows. */
    static CenterBudget of(
            String code,
            LocalDate statusDate,
            Dollars dollars,
            List<AllocatedAmount> allocated,
            List<RollUpQueries.Payments> paid,
            List<RollUpQueries.Package> live,
            Map<Long, Revision> revisions,
            Map<Long, BigDecimal> percent,
            List<ExchangeRateView> paymentRates,
            VisibilityScope view) {
        Ledger ledger = Ledger.of(dollars, view, allocated, paid);
        Map<Long, BigDecimal> actualCost = new HashMap<>();
        for (RollUpQueries.Payments p : paid) {
            actualCost.merge(p.workPackage(), p.usd(), BigDecimal::add);
        }

        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        List<EarnedValue> values = new ArrayList<>();
        List<PackageLine> lines = new ArrayList<>();
        for (RollUpQueries.Package p : live) {
            ledger.commit(p, revisions);
            BigDecimal bac = dollars.of(new Money(p.budget(), p.budgetCurrency()));
            BigDecimal pct = percent.getOrDefault(p.id(), BigDecimal.ZERO).setScale(2);
            weighted = weighted.add(pct.multiply(bac));
            weights = weights.add(bac);
            EarnedValue value =
                    EarnedValue.of(
                            statusDate,
                            bac,
                            p.plannedStart(),
                            p.plannedEnd(),
                            pct,
                            actualCost.getOrDefault(p.id(), BigDecimal.ZERO));
            values.add(value);
            lines.add(
                    new PackageLine(
                            p.id(), p.code(), p.status().name(), pct, EarnedValueView.of(value)));
        }

        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        BigDecimal committed = BigDecimal.ZERO.setScale(2);
        BigDecimal spent = BigDecimal.ZERO.setScale(2);
        Map<BudgetCategory, BigDecimal[]> byCategory = new EnumMap<>(BudgetCategory.class);
        Map<String, SourceFigures> bySource = new LinkedHashMap<>();
        // Other donors' grants, for a donor: their money counts in every total, as one line of
        // dollars.
        SourceFigures other = SourceFigures.other();
        for (LineFigures line : ledger.lines.values()) {
            budget = budget.add(line.allocatedUsd);
            committed = committed.add(line.committedUsd);
            spent = spent.add(line.paidUsd);
            if (!line.funded) {
                continue;
            }
            BigDecimal[] category = byCategory.computeIfAbsent(line.category, c -> zeros());
            category[0] = category[0].add(line.allocatedUsd);
            category[1] = category[1].add(line.paidUsd);
            if (view.showsGrant(line.source)) {
                SourceFigures figures =
                        bySource.computeIfAbsent(
                                line.source,
                                k -> new SourceFigures(line.source, line.donor, line.currency));
                figures.allocate(line.allocated, line.allocatedUsd);
                figures.spend(line.paid, line.paidUsd);
            } else {
                other.allocate(line.allocatedUsd, line.allocatedUsd);
                other.spend(line.paidUsd, line.paidUsd);
            }
        }
        BigDecimal physical =
                weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
        BigDecimal financial = financialExecution(spent, budget);
        List<CategoryLine> categories =
                byCategory.entrySet().stream()
                        .map(
                                e ->
                                        new CategoryLine(
                                                e.getKey(),
                                                usd(e.getValue()[0]),
                                                usd(e.getValue()[1]),
                                                usd(e.getValue()[0].subtract(e.getValue()[1]))))
                        .toList();
        List<SourceLine> sources =
                new ArrayList<>(bySource.values().stream().map(SourceFigures::line).toList());
        if (other.counted) {
            sources.add(other.line());
        }
        List<ExchangeRateView> rates = new ArrayList<>(dollars.ratesUsed());
        paymentRates.stream()
                .filter(r -> rates.stream().noneMatch(used -> used.id() == r.id()))
                .forEach(rates::add);
        return new CenterBudget(
                code,
                statusDate,
                usd(budget),
                usd(committed),
                usd(spent),
                usd(budget.subtract(spent)),
                physical,
                financial,
                categories,
                sources,
                EarnedValueView.of(EarnedValue.sum(statusDate, values)),
                lines,
                rates);
    }

    /**
     * One center's budget lines (category and grant) from its rows: the figures {@link #of} adds up
     * into the center's budget, committed and spent, line by line, for the budget workbook.
     */
    static List<BudgetLine> lines(
            Dollars dollars,
            List<AllocatedAmount> allocated,
            List<RollUpQueries.Payments> paid,
            List<RollUpQueries.Package> live,
            Map<Long, Revision> revisions) {
        Ledger ledger = Ledger.of(dollars, VisibilityScope.EVERYTHING, allocated, paid);
        live.forEach(p -> ledger.commit(p, revisions));
        return ledger.lines.values().stream().map(LineFigures::line).toList();
    }

    /** Spent as a share of budget, in percent with two decimals; null without a budget. */
    static BigDecimal financialExecution(BigDecimal spent, BigDecimal budget) {
        return budget.signum() == 0
                ? null
                : spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }

    /** Budget and spent of a category, in dollars. */
    static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
    }

    static Money usd(BigDecimal amount) {
        return new Money(amount, CurrencyConverter.USD);
    }

    /** Conversions to dollars at the status date, remembering which rates were used. */
    static final class Dollars {
        private final RatesOn rates;
        private final Map<String, ExchangeRateView> used = new LinkedHashMap<>();

        Dollars(RatesOn rates) {
            this.rates = rates;
        }

        BigDecimal of(Money money) {
            Conversion conversion = rates.toUsd(money);
            if (conversion.rateId() != null) {
                used.putIfAbsent(
                        money.currency(),
                        new ExchangeRateView(
                                conversion.rateId(),
                                money.currency(),
                                conversion.rateDate(),
                                conversion.unitsPerUsd(),
                                conversion.rateSource()));
            }
            return conversion.usd().amount();
        }

        /** The conversion of money whose rate the reader is not shown: another donor's grant. */
        BigDecimal quietly(Money money) {
            return rates.toUsd(money).usd().amount();
        }

        List<ExchangeRateView> ratesUsed() {
            return List.copyOf(used.values());
        }
    }

    /**
     * A center's budget lines (category and grant) as its rows are added to them, in the order the
     * lines first appear: the rule of what a line allocated, committed and paid, in dollars at the
     * status date.
     */
    private static final class Ledger {
        private final Dollars dollars;
        private final VisibilityScope view;
        private final Map<LineKey, LineFigures> lines = new LinkedHashMap<>();

        private Ledger(Dollars dollars, VisibilityScope view) {
            this.dollars = dollars;
            this.view = view;
        }

        /** The lines of a center's allocations, then of its payments. */
        static Ledger of(
                Dollars dollars,
                VisibilityScope view,
                List<AllocatedAmount> allocated,
                List<RollUpQueries.Payments> paid) {
            Ledger ledger = new Ledger(dollars, view);
            allocated.forEach(ledger::allocate);
            paid.forEach(ledger::pay);
            return ledger;
        }

        /** An allocation, converted at the status date. */
        void allocate(AllocatedAmount a) {
            Money money = new Money(a.amount(), a.sourceCurrency());
            BigDecimal usd =
                    view.showsGrant(a.source()) ? dollars.of(money) : dollars.quietly(money);
            line(a.category(), a.source())
                    .fund(a.sourceCurrency(), a.donor())
                    .allocate(a.amount(), usd);
        }

        /** Payments, each converted at the rate of its own date when it was recorded. */
        void pay(RollUpQueries.Payments p) {
            line(p.category(), p.source())
                    .fund(p.sourceCurrency(), p.donor())
                    .pay(p.sourceAmount(), p.usd());
        }

        /**
         * A package's contract as revised by its approved change orders ({@link Revision#revise}),
         * converted at the status date: what its line committed; nothing without a contract.
         */
        void commit(RollUpQueries.Package p, Map<Long, Revision> revisions) {
            if (p.contract() == null) {
                return;
            }
            Revision revision = revisions.getOrDefault(p.id(), Revision.NONE);
            line(p.category(), p.source())
                    .commit(
                            dollars.of(
                                    revision.revise(
                                            new Money(p.contract(), p.contractCurrency()))));
        }

        private LineFigures line(BudgetCategory category, String source) {
            return lines.computeIfAbsent(
                    new LineKey(category, source), k -> new LineFigures(category, source));
        }
    }

    /** A budget line: a category and a grant, null for none. */
    private record LineKey(BudgetCategory category, String source) {}

    /**
     * A budget line's figures, as they are added up: in dollars, and in the grant's currency for
     * what was allocated and paid. Funded once an allocation or a payment reached it (a line only
     * committed is in no list of the API's budget).
     */
    private static final class LineFigures {
        private final BudgetCategory category;
        private final String source;
        private String currency;
        private String donor;
        private boolean funded;
        private BigDecimal allocated = BigDecimal.ZERO.setScale(2);
        private BigDecimal allocatedUsd = BigDecimal.ZERO.setScale(2);
        private BigDecimal committedUsd = BigDecimal.ZERO.setScale(2);
        private BigDecimal paid = BigDecimal.ZERO.setScale(2);
        private BigDecimal paidUsd = BigDecimal.ZERO.setScale(2);

        LineFigures(BudgetCategory category, String source) {
            this.category = category;
            this.source = source;
        }

        LineFigures fund(String currency, String donor) {
            funded = true;
            this.currency = currency;
            this.donor = donor;
            return this;
        }

        void allocate(BigDecimal amount, BigDecimal usd) {
            allocated = allocated.add(amount);
            allocatedUsd = allocatedUsd.add(usd);
        }

        void pay(BigDecimal amount, BigDecimal usd) {
            paid = paid.add(amount);
            paidUsd = paidUsd.add(usd);
        }

        void commit(BigDecimal usd) {
            committedUsd = committedUsd.add(usd);
        }

        BudgetLine line() {
            return new BudgetLine(category, source, allocatedUsd, committedUsd, paidUsd);
        }
    }

    /** A grant's figures for one center, as they are added up. */
    private static final class SourceFigures {
        private final String source;
        private final String donor;
        private final String currency;
        private final boolean otherFunding;
        private boolean counted;
        private BigDecimal allocated = BigDecimal.ZERO.setScale(2);
        private BigDecimal allocatedUsd = BigDecimal.ZERO.setScale(2);
        private BigDecimal spent = BigDecimal.ZERO.setScale(2);
        private BigDecimal spentUsd = BigDecimal.ZERO.setScale(2);

        SourceFigures(String source, String donor, String currency) {
            this(source, donor, currency, false);
        }

        private SourceFigures(String source, String donor, String currency, boolean otherFunding) {
            this.source = source;
            this.donor = donor;
            this.currency = currency;
            this.otherFunding = otherFunding;
        }

        /**
         * The money of the grants the reader may not see, in dollars, with no code and no donor.
         */
        static SourceFigures other() {
            return new SourceFigures(null, null, CurrencyConverter.USD, true);
        }

        void allocate(BigDecimal amount, BigDecimal usd) {
            counted = true;
            allocated = allocated.add(amount);
            allocatedUsd = allocatedUsd.add(usd);
        }

        void spend(BigDecimal amount, BigDecimal usd) {
            counted = true;
            spent = spent.add(amount);
            spentUsd = spentUsd.add(usd);
        }

        SourceLine line() {
            return new SourceLine(
                    source,
                    donor,
                    new Money(allocated, currency),
                    new Money(spent, currency),
                    new Money(allocated.subtract(spent), currency),
                    usd(allocatedUsd),
                    usd(spentUsd),
                    otherFunding);
        }
    }
}

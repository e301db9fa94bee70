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
            List<RollUpQueries.Allocation> allocated,
            List<RollUpQueries.Payments> paid,
            List<RollUpQueries.Package> live,
            Map<Long, Revision> revisions,
            Map<Long, BigDecimal> percent,
            List<ExchangeRateView> paymentRates,
            VisibilityScope view) {
        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        Map<BudgetCategory, BigDecimal[]> byCategory = new EnumMap<>(BudgetCategory.class);
        Map<String, SourceFigures> bySource = new LinkedHashMap<>();
        // Other donors' grants, for a donor: their money counts in every total, as one line of
        // dollars.
        SourceFigures other = SourceFigures.other();
        for (RollUpQueries.Allocation a : allocated) {
            boolean shown = view.showsGrant(a.source());
            BigDecimal usd =
                    shown
                            ? dollars.of(new Money(a.amount(), a.sourceCurrency()))
                            : dollars.quietly(new Money(a.amount(), a.sourceCurrency()));
            budget = budget.add(usd);
            BigDecimal[] category = byCategory.computeIfAbsent(a.category(), c -> zeros());
            category[0] = category[0].add(usd);
            if (shown) {
                bySource.computeIfAbsent(
                                a.source(),
                                k -> new SourceFigures(a.source(), a.donor(), a.sourceCurrency()))
                        .allocate(a.amount(), usd);
            } else {
                other.allocate(usd, usd);
            }
        }
        BigDecimal spent = BigDecimal.ZERO.setScale(2);
        Map<Long, BigDecimal> actualCost = new HashMap<>();
        for (RollUpQueries.Payments p : paid) {
            spent = spent.add(p.usd());
            BigDecimal[] category = byCategory.computeIfAbsent(p.category(), c -> zeros());
            category[1] = category[1].add(p.usd());
            if (view.showsGrant(p.source())) {
                bySource.computeIfAbsent(
                                p.source(),
                                k -> new SourceFigures(p.source(), p.donor(), p.sourceCurrency()))
                        .spend(p.sourceAmount(), p.usd());
            } else {
                other.spend(p.usd(), p.usd());
            }
            actualCost.merge(p.workPackage(), p.usd(), BigDecimal::add);
        }

        BigDecimal committed = BigDecimal.ZERO.setScale(2);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        List<EarnedValue> values = new ArrayList<>();
        List<PackageLine> lines = new ArrayList<>();
        for (RollUpQueries.Package p : live) {
            if (p.contract() != null) {
                Revision revision = revisions.getOrDefault(p.id(), Revision.NONE);
                committed =
                        committed.add(
                                dollars.of(
                                        revision.revise(
                                                new Money(p.contract(), p.contractCurrency()))));
            }
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

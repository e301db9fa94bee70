package org.rehabtrack.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rehabtrack.budget.CenterBudget.CategoryLine;
import org.rehabtrack.budget.CenterBudget.PackageLine;
import org.rehabtrack.budget.CenterBudget.SourceLine;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.system.money.Money;
import org.rehabtrack.works.ChangeOrderRepository;
import org.rehabtrack.works.EarnedValue;
import org.rehabtrack.works.ProgressReportRepository;
import org.rehabtrack.works.Revision;
import org.rehabtrack.works.WorkPackage;
import org.rehabtrack.works.WorkPackageRepository;
import org.rehabtrack.works.WorkPackageStatus;

/**
 * The roll-ups of a center's money and progress at a status date, computed here and nowhere else:
 * budget, committed, spent, available, physical progress (budget-weighted), financial execution
 * (spent / budget) and earned value.
 */
@ApplicationScoped
public class CenterBudgetService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CenterRepository centers;
    private final BudgetAllocationRepository allocations;
    private final ExpenditureRepository expenditures;
    private final WorkPackageRepository packages;
    private final ChangeOrderRepository changeOrders;
    private final ProgressReportRepository progress;
    private final CurrencyConverter converter;
    private final ExchangeRateRepository exchangeRates;

    CenterBudgetService(CenterRepository centers, BudgetAllocationRepository allocations,
            ExpenditureRepository expenditures, WorkPackageRepository packages, ChangeOrderRepository changeOrders,
            ProgressReportRepository progress, CurrencyConverter converter, ExchangeRateRepository exchangeRates) {
        this.centers = centers;
        this.allocations = allocations;
        this.expenditures = expenditures;
        this.packages = packages;
        this.changeOrders = changeOrders;
        this.progress = progress;
        this.converter = converter;
        this.exchangeRates = exchangeRates;
    }

    public CenterBudget budget(String code, LocalDate statusDate) {
        return budget(code, statusDate, null);
    }

    /**
     * A center's roll-up as {@link #budget(String, LocalDate)}, of what one funding source funds: its
     * allocations, the packages charged to it and its payments; of everything when the code is null.
     */
    public CenterBudget budget(String code, LocalDate statusDate, String fundingSource) {
        Center center = centers.require(code);
        Dollars dollars = new Dollars(converter, statusDate);

        List<BudgetAllocation> allocated = allocations.of(center).stream()
                .filter(a -> fundingSource == null || a.getFundingSource().getCode().equals(fundingSource))
                .toList();
        List<Expenditure> paid = expenditures.of(center).stream()
                .filter(e -> !e.getPaymentDate().isAfter(statusDate))
                .filter(e -> fundingSource == null || e.getFundingSource().getCode().equals(fundingSource))
                .toList();
        List<WorkPackage> live = packages.forCenter(center).stream()
                .filter(p -> p.getStatus() != WorkPackageStatus.CANCELLED)
                .filter(p -> fundingSource == null
                        || p.getFundingSource() != null && p.getFundingSource().getCode().equals(fundingSource))
                .toList();
        List<Long> ids = live.stream().map(WorkPackage::getId).toList();
        Map<Long, Revision> revisions = changeOrders.approvedTotals(ids);
        Map<Long, BigDecimal> percent = progress.percentOn(ids, statusDate);

        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        Map<BudgetCategory, BigDecimal[]> byCategory = new EnumMap<>(BudgetCategory.class);
        Map<String, SourceFigures> bySource = new LinkedHashMap<>();
        for (BudgetAllocation a : allocated) {
            BigDecimal usd = dollars.of(a.getAmount());
            budget = budget.add(usd);
            BigDecimal[] category = byCategory.computeIfAbsent(a.getCategory(), c -> zeros());
            category[0] = category[0].add(usd);
            bySource.computeIfAbsent(a.getFundingSource().getCode(), k -> new SourceFigures(a.getFundingSource()))
                    .allocate(a.getAmount().amount(), usd);
        }
        BigDecimal spent = BigDecimal.ZERO.setScale(2);
        Map<Long, BigDecimal> actualCost = new LinkedHashMap<>();
        for (Expenditure e : paid) {
            BigDecimal usd = e.getUsd().amount();
            spent = spent.add(usd);
            BigDecimal[] category = byCategory.computeIfAbsent(e.getCategory(), c -> zeros());
            category[1] = category[1].add(usd);
            bySource.computeIfAbsent(e.getFundingSource().getCode(), k -> new SourceFigures(e.getFundingSource()))
                    .spend(e.getSourceAmount(), usd);
            actualCost.merge(e.getWorkPackage().getId(), usd, BigDecimal::add);
        }

        BigDecimal committed = BigDecimal.ZERO.setScale(2);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        List<EarnedValue> values = new ArrayList<>();
        List<PackageLine> lines = new ArrayList<>();
        for (WorkPackage p : live) {
            Money contract = p.getContractAmount();
            if (contract != null) {
                Revision revision = revisions.getOrDefault(p.getId(), Revision.NONE);
                committed = committed.add(dollars.of(new Money(contract.amount().add(revision.amount()),
                        contract.currency())));
            }
            BigDecimal bac = dollars.of(p.getBudget());
            BigDecimal pct = percent.getOrDefault(p.getId(), BigDecimal.ZERO);
            weighted = weighted.add(pct.multiply(bac));
            weights = weights.add(bac);
            EarnedValue value = EarnedValue.of(statusDate, bac, p.getPlannedStart(), p.getPlannedEnd(), pct,
                    actualCost.getOrDefault(p.getId(), BigDecimal.ZERO));
            values.add(value);
            lines.add(new PackageLine(p.getId(), p.getCode(), p.getStatus().name(), pct, EarnedValueView.of(value)));
        }

        BigDecimal physical = weights.signum() == 0 ? null : weighted.divide(weights, 2, RoundingMode.HALF_UP);
        BigDecimal financial = budget.signum() == 0 ? null
                : spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
        List<CategoryLine> categories = byCategory.entrySet().stream()
                .map(e -> new CategoryLine(e.getKey(), usd(e.getValue()[0]), usd(e.getValue()[1]),
                        usd(e.getValue()[0].subtract(e.getValue()[1]))))
                .toList();
        List<SourceLine> sources = bySource.values().stream().map(SourceFigures::line).toList();
        List<ExchangeRateView> rates = new ArrayList<>(dollars.ratesUsed());
        List<Long> paymentRates = paid.stream().map(Expenditure::getExchangeRateId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (!paymentRates.isEmpty()) {
            exchangeRates.list("id in ?1 order by currency, rateDate", paymentRates).stream()
                    .map(ExchangeRateView::of)
                    .filter(r -> rates.stream().noneMatch(used -> used.id() == r.id()))
                    .forEach(rates::add);
        }
        return new CenterBudget(center.getCode(), statusDate, usd(budget), usd(committed), usd(spent),
                usd(budget.subtract(spent)), physical, financial, categories, sources,
                EarnedValueView.of(EarnedValue.sum(statusDate, values)), lines, rates);
    }

    /**
     * The portfolio at a status date: every center's roll-up, added up. Earned value adds the
     * centers' money figures and derives the indices from the sums, as a center does for its packages.
     * Only the centers among {@code only}, when given.
     */
    public PortfolioBudget portfolio(LocalDate statusDate, java.util.Optional<java.util.Set<Long>> only) {
        List<PortfolioBudget.CenterLine> lines = new ArrayList<>();
        List<EarnedValue> values = new ArrayList<>();
        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        BigDecimal committed = budget;
        BigDecimal spent = budget;
        for (Center center : centers.list("order by code")) {
            if (only.isPresent() && !only.get().contains(center.getId())) {
                continue;
            }
            CenterBudget b = budget(center.getCode(), statusDate);
            lines.add(new PortfolioBudget.CenterLine(b.center(), b.budget(), b.committed(), b.spent(), b.available(),
                    b.physicalProgress(), b.financialExecution(), b.earnedValue()));
            budget = budget.add(b.budget().amount());
            committed = committed.add(b.committed().amount());
            spent = spent.add(b.spent().amount());
            EarnedValueView ev = b.earnedValue();
            values.add(new EarnedValue(statusDate, ev.bac().amount(), ev.pv().amount(), ev.ev().amount(),
                    ev.ac().amount(), null, null, null));
        }
        BigDecimal financial = budget.signum() == 0 ? null
                : spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
        return new PortfolioBudget(statusDate, usd(budget), usd(committed), usd(spent), usd(budget.subtract(spent)),
                financial, EarnedValueView.of(EarnedValue.sum(statusDate, values)), lines);
    }

    /** The two figures a list of centers shows: physical progress and financial execution, in percent. */
    public record Headline(BigDecimal physicalProgress, BigDecimal financialExecution) {}

    /**
     * A center's headline figures at a date, from the same roll-up as its budget; both null while
     * a figure cannot be converted to dollars for want of an exchange rate.
     */
    public Headline headline(Center center, LocalDate date) {
        return convertible(center.getCode(), date, null)
                .map(budget -> new Headline(budget.physicalProgress(), budget.financialExecution()))
                .orElse(new Headline(null, null));
    }

    /**
     * A center's roll-up as {@link #budget(String, LocalDate, String)}; empty while an amount
     * cannot be converted to dollars for want of an exchange rate.
     */
    public java.util.Optional<CenterBudget> convertible(String code, LocalDate date, String fundingSource) {
        try {
            return java.util.Optional.of(budget(code, date, fundingSource));
        } catch (org.rehabtrack.system.problem.ApiException e) {
            if (e.type() == org.rehabtrack.system.problem.ProblemType.MISSING_RATE) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    /** The earned value of one works package at a status date. */
    public EarnedValueView earnedValue(WorkPackage p, LocalDate statusDate) {
        Dollars dollars = new Dollars(converter, statusDate);
        BigDecimal ac = expenditures.of(p).stream()
                .filter(e -> !e.getPaymentDate().isAfter(statusDate))
                .map(e -> e.getUsd().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal pct = progress.percentOn(List.of(p.getId()), statusDate).getOrDefault(p.getId(), BigDecimal.ZERO);
        return EarnedValueView.of(EarnedValue.of(statusDate, dollars.of(p.getBudget()), p.getPlannedStart(),
                p.getPlannedEnd(), pct, ac));
    }

    /** Budget and spent of a category, in dollars. */
    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
    }

    private static Money usd(BigDecimal amount) {
        return new Money(amount, CurrencyConverter.USD);
    }

    /** Conversions to dollars at the status date, remembering which rates were used. */
    private static final class Dollars {
        private final CurrencyConverter converter;
        private final LocalDate date;
        private final Map<String, ExchangeRateView> used = new LinkedHashMap<>();

        Dollars(CurrencyConverter converter, LocalDate date) {
            this.converter = converter;
            this.date = date;
        }

        BigDecimal of(Money money) {
            Conversion conversion = converter.toUsd(money, date);
            if (conversion.rateId() != null) {
                used.putIfAbsent(money.currency(), new ExchangeRateView(conversion.rateId(), money.currency(),
                        conversion.rateDate(), conversion.unitsPerUsd(), conversion.rateSource()));
            }
            return conversion.usd().amount();
        }

        List<ExchangeRateView> ratesUsed() {
            return List.copyOf(used.values());
        }
    }

    /** A grant's figures for one center, as they are added up. */
    private static final class SourceFigures {
        private final FundingSource source;
        private BigDecimal allocated = BigDecimal.ZERO.setScale(2);
        private BigDecimal allocatedUsd = BigDecimal.ZERO.setScale(2);
        private BigDecimal spent = BigDecimal.ZERO.setScale(2);
        private BigDecimal spentUsd = BigDecimal.ZERO.setScale(2);

        SourceFigures(FundingSource source) {
            this.source = source;
        }

        void allocate(BigDecimal amount, BigDecimal usd) {
            allocated = allocated.add(amount);
            allocatedUsd = allocatedUsd.add(usd);
        }

        void spend(BigDecimal amount, BigDecimal usd) {
            spent = spent.add(amount);
            spentUsd = spentUsd.add(usd);
        }

        SourceLine line() {
            String currency = source.getCurrency();
            return new SourceLine(source.getCode(), source.getDonor().getAcronym(), new Money(allocated, currency),
                    new Money(spent, currency), new Money(allocated.subtract(spent), currency), usd(allocatedUsd),
                    usd(spentUsd));
        }
    }
}

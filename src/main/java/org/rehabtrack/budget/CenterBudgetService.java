package org.rehabtrack.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.center.Headline;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.funding.ExchangeRateView;
import org.rehabtrack.funding.RatesOn;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.persistence.CenterIds;
import org.rehabtrack.works.ChangeOrderRepository;
import org.rehabtrack.works.EarnedValue;
import org.rehabtrack.works.EarnedValueView;
import org.rehabtrack.works.ExpenditureRepository;
import org.rehabtrack.works.ProgressReportRepository;
import org.rehabtrack.works.Revision;
import org.rehabtrack.works.WorkPackageView;
import org.rehabtrack.works.WorkPackagesAsOf;

/**
 * The roll-ups of a center's money and progress at a status date, computed here and nowhere else:
 * budget, committed, spent, available, physical progress (budget-weighted), financial execution
 * (spent / budget) and earned value.
 */
@ApplicationScoped
public class CenterBudgetService {

    private final CenterRepository centers;
    private final RollUpQueries queries;
    private final ExpenditureRepository expenditures;
    private final ProgressReportRepository progress;
    private final CurrencyConverter converter;
    private final ChangeOrderRepository changeOrders;
    private final WorkPackagesAsOf workPackages;
    private final RecordedValues recorded;
    private final Clock clock;

    CenterBudgetService(
            CenterRepository centers,
            RollUpQueries queries,
            ExpenditureRepository expenditures,
            ProgressReportRepository progress,
            CurrencyConverter converter,
            ChangeOrderRepository changeOrders,
            WorkPackagesAsOf workPackages,
            RecordedValues recorded,
            Clock clock) {
        this.workPackages = workPackages;
        this.recorded = recorded;
        this.clock = clock;
        this.centers = centers;
        this.changeOrders = changeOrders;
        this.queries = queries;
        this.expenditures = expenditures;
        this.progress = progress;
        this.converter = converter;
    }

    public CenterBudget budget(String code, LocalDate statusDate) {
        return budget(code, statusDate, null);
    }

    /**
     * A center's roll-up as {@link #budget(String, LocalDate)}, of what one funding source funds:
     * its allocations, the packages charged to it and its payments; of everything when the code is
     * null. Refused (409) when an amount cannot be converted to dollars for want of an exchange
     * rate.
     */
    public CenterBudget budget(String code, LocalDate statusDate, String fundingSource) {
        return budget(code, statusDate, fundingSource, VisibilityScope.EVERYTHING);
    }

    /**
     * A center's roll-up as {@link #budget(String, LocalDate, String)}, as a reader sees it: the
     * grants it may not see added up in one "other funding" line ({@link VisibilityScope}).
     */
    public CenterBudget budget(
            String code, LocalDate statusDate, String fundingSource, VisibilityScope view) {
        return rollUp(code, statusDate, fundingSource, view).asked();
    }

    /** One center's roll-up, with the rates its payments were converted at. */
    private RatedFigure<CenterBudget> rollUp(
            String code, LocalDate statusDate, String fundingSource, VisibilityScope view) {
        Center center = centers.require(code);
        return rollUp(List.of(center), statusDate, fundingSource, true, view).get(center.getId());
    }

    /**
     * The roll-ups of several centers, in as many queries as for one; a center maps to empty while
     * an amount of it cannot be converted to dollars for want of an exchange rate.
     */
    public Map<Long, Optional<CenterBudget>> budgets(
            List<Center> list, LocalDate statusDate, String fundingSource) {
        return budgets(list, statusDate, fundingSource, VisibilityScope.EVERYTHING);
    }

    /**
     * The roll-ups of several centers as {@link #budgets(List, LocalDate, String)}, as a reader
     * sees them.
     */
    public Map<Long, Optional<CenterBudget>> budgets(
            List<Center> list, LocalDate statusDate, String fundingSource, VisibilityScope view) {
        Map<Long, Optional<CenterBudget>> budgets = new LinkedHashMap<>();
        rollUp(list, statusDate, fundingSource, false, view)
                .forEach((id, rollUp) -> budgets.put(id, rollUp.listed()));
        return budgets;
    }

    /**
     * The budget lines (category and grant) of several centers at a cut-off date, by center code in
     * the order of the list: the figures of their roll-ups line by line, from the same rows and the
     * same rules ({@link CenterRollUp#lines}), in as many queries as for one center. Asked for
     * themselves (the budget workbook's lines), so refused ({@link RatedFigure#asked()}) when an
     * amount cannot be converted to dollars for want of an exchange rate.
     */
    public Map<String, List<BudgetLine>> lines(List<Center> list, AsOf asOf, String fundingSource) {
        Map<String, List<BudgetLine>> lines = new LinkedHashMap<>();
        if (list.isEmpty()) {
            return lines;
        }
        Rows rows = rows(list, asOf, fundingSource);
        RatesOn rates = converter.ratesOn(asOf.date());
        for (Center center : list) {
            long id = center.getId();
            lines.put(
                    center.getCode(),
                    RatedFigure.workOut(
                                    () ->
                                            CenterRollUp.lines(
                                                    new CenterRollUp.Dollars(rates),
                                                    rows.allocated(id),
                                                    rows.paid(id),
                                                    rows.live(id),
                                                    rows.revisions()))
                            .asked());
        }
        return lines;
    }

    /**
     * The centers' allocations, of one grant or all (null), as they stood at the end of a date: the
     * same rows their roll-ups add up.
     */
    public List<AllocatedAmount> allocations(CenterIds centers, String fundingSource, AsOf asOf) {
        return queries.allocations(centers, fundingSource, asOf);
    }

    /**
     * The rows of the centers' roll-ups at the end of a date, by center id: allocations, payments
     * up to the date, packages that count and their approved change orders, as they stood then.
     */
    private record Rows(
            Map<Long, List<AllocatedAmount>> allocations,
            Map<Long, List<RollUpQueries.Payments>> payments,
            List<RollUpQueries.Package> packages,
            Map<Long, List<RollUpQueries.Package>> packagesByCenter,
            Map<Long, Revision> revisions) {

        List<AllocatedAmount> allocated(long center) {
            return allocations.getOrDefault(center, List.of());
        }

        List<RollUpQueries.Payments> paid(long center) {
            return payments.getOrDefault(center, List.of());
        }

        List<RollUpQueries.Package> live(long center) {
            return packagesByCenter.getOrDefault(center, List.of());
        }
    }

    private Rows rows(List<Center> list, AsOf asOf, String fundingSource) {
        CenterIds ids = CenterIds.of(list.stream().map(Center::getId).toList());
        // From today on, every payment and progress report counts (none is ever dated after the day
        // it is recorded): the running totals and each package's latest percentage say it in a few
        // rows. Before today, the records as they stood at the end of the date (AsOf).
        boolean current = asOf.current();
        LocalDate statusDate = asOf.date();
        List<RollUpQueries.Package> packages =
                current
                        ? queries.packages(ids, fundingSource)
                        : packagesThen(list, asOf, fundingSource);
        return new Rows(
                byCenter(queries.allocations(ids, fundingSource, asOf), AllocatedAmount::center),
                byCenter(
                        current
                                ? queries.paymentTotals(ids, fundingSource)
                                : queries.payments(ids, statusDate, fundingSource),
                        RollUpQueries.Payments::center),
                packages,
                byCenter(packages, RollUpQueries.Package::center),
                changeOrders.approvedTotalsOfCenters(ids, current ? null : statusDate));
    }

    private Map<Long, RatedFigure<CenterBudget>> rollUp(
            List<Center> list,
            LocalDate statusDate,
            String fundingSource,
            boolean withPaymentRates,
            VisibilityScope view) {
        Map<Long, RatedFigure<CenterBudget>> rollUps = new LinkedHashMap<>();
        if (list.isEmpty()) {
            return rollUps;
        }
        CenterIds ids = CenterIds.of(list.stream().map(Center::getId).toList());
        AsOf asOf = AsOf.of(statusDate, clock);
        RatesOn rates = converter.ratesOn(statusDate);
        Rows rows = rows(list, asOf, fundingSource);
        Map<Long, BigDecimal> percent = new HashMap<>();
        if (asOf.current()) {
            rows.packages().forEach(p -> percent.put(p.id(), p.percentComplete()));
        } else {
            percent.putAll(progress.percentOn(ids, statusDate));
        }
        Map<Long, List<ExchangeRateView>> paymentRates =
                withPaymentRates
                        ? queries.paymentRates(ids, statusDate, fundingSource, view)
                        : Map.of();
        for (Center center : list) {
            long id = center.getId();
            rollUps.put(
                    id,
                    RatedFigure.workOut(
                            () ->
                                    CenterRollUp.of(
                                            center.getCode(),
                                            statusDate,
                                            new CenterRollUp.Dollars(rates),
                                            rows.allocated(id),
                                            rows.paid(id),
                                            rows.live(id),
                                            rows.revisions(),
                                            percent,
                                            paymentRates.getOrDefault(id, List.of()),
                                            view)));
        }
        return rollUps;
    }

    /** The packages not cancelled at the end of the date, of a grant or all, as they stood then. */
    private List<RollUpQueries.Package> packagesThen(
            List<Center> list, AsOf asOf, String fundingSource) {
        Map<String, Long> ids = new HashMap<>();
        list.forEach(c -> ids.put(c.getCode(), c.getId()));
        return workPackages.of(list, asOf).stream()
                .filter(p -> p.status().counts())
                .filter(p -> fundingSource == null || fundingSource.equals(p.fundingSource()))
                .sorted(java.util.Comparator.comparing(WorkPackageView::code))
                .map(
                        p ->
                                new RollUpQueries.Package(
                                        ids.get(p.center()),
                                        p.id(),
                                        p.code(),
                                        p.status(),
                                        p.budget().amount(),
                                        p.budget().currency(),
                                        p.contractAmount() == null
                                                ? null
                                                : p.contractAmount().amount(),
                                        p.contractAmount() == null
                                                ? null
                                                : p.contractAmount().currency(),
                                        p.plannedStart(),
                                        p.plannedEnd(),
                                        p.percentComplete(),
                                        p.category(),
                                        p.fundingSource()))
                .toList();
    }

    private static <T> Map<Long, List<T>> byCenter(
            List<T> rows, java.util.function.ToLongFunction<T> center) {
        Map<Long, List<T>> byCenter = new HashMap<>();
        for (T row : rows) {
            byCenter.computeIfAbsent(center.applyAsLong(row), id -> new ArrayList<>()).add(row);
        }
        return byCenter;
    }

    /**
     * The portfolio at a status date: every center's roll-up, added up. Earned value adds the
     * centers' money figures and derives the indices from the sums, as a center does for its
     * packages. Only the centers among {@code only}, when given.
     */
    public PortfolioBudget portfolio(
            LocalDate statusDate, java.util.Optional<java.util.Set<Long>> only) {
        List<PortfolioBudget.CenterLine> lines = new ArrayList<>();
        List<EarnedValue> values = new ArrayList<>();
        BigDecimal budget = BigDecimal.ZERO.setScale(2);
        BigDecimal committed = budget;
        BigDecimal spent = budget;
        List<Center> shown =
                centers.list("order by code").stream()
                        .filter(center -> only.isEmpty() || only.get().contains(center.getId()))
                        .toList();
        shown = recorded.centersRegisteredBy(shown, AsOf.of(statusDate, clock));
        for (RatedFigure<CenterBudget> rollUp :
                rollUp(shown, statusDate, null, false, VisibilityScope.EVERYTHING).values()) {
            CenterBudget b = rollUp.asked();
            lines.add(
                    new PortfolioBudget.CenterLine(
                            b.center(),
                            b.budget(),
                            b.committed(),
                            b.spent(),
                            b.available(),
                            b.physicalProgress(),
                            b.financialExecution(),
                            b.earnedValue()));
            budget = budget.add(b.budget().amount());
            committed = committed.add(b.committed().amount());
            spent = spent.add(b.spent().amount());
            EarnedValueView ev = b.earnedValue();
            values.add(
                    new EarnedValue(
                            statusDate,
                            ev.bac().amount(),
                            ev.pv().amount(),
                            ev.ev().amount(),
                            ev.ac().amount(),
                            null,
                            null,
                            null));
        }
        BigDecimal financial = CenterRollUp.financialExecution(spent, budget);
        return new PortfolioBudget(
                statusDate,
                CenterRollUp.usd(budget),
                CenterRollUp.usd(committed),
                CenterRollUp.usd(spent),
                CenterRollUp.usd(budget.subtract(spent)),
                financial,
                EarnedValueView.of(EarnedValue.sum(statusDate, values)),
                lines);
    }

    /** The headline figures of a roll-up: none without one. */
    public static Headline headline(Optional<CenterBudget> budget) {
        return budget.map(b -> new Headline(b.physicalProgress(), b.financialExecution()))
                .orElse(Headline.NONE);
    }

    /**
     * The headline figures of several centers at a date, by center id, from the same roll-up as
     * their budgets; both null while a figure cannot be converted to dollars for want of a rate.
     */
    public Map<Long, Headline> headlines(List<Center> list, LocalDate date) {
        Map<Long, Headline> headlines = new HashMap<>();
        budgets(list, date, null).forEach((id, budget) -> headlines.put(id, headline(budget)));
        return headlines;
    }

    /**
     * A center's roll-up as {@link #budget(String, LocalDate, String)}; empty while an amount
     * cannot be converted to dollars for want of an exchange rate.
     */
    public Optional<CenterBudget> convertible(String code, LocalDate date, String fundingSource) {
        return rollUp(code, date, fundingSource, VisibilityScope.EVERYTHING).listed();
    }
}

package org.rehabtrack.works;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.funding.RatesOn;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.money.Money;

/** The earned value of one works package at a status date, in dollars. */
@ApplicationScoped
public class PackageEarnedValue {

    private final ExpenditureRepository expenditures;
    private final ProgressReportRepository progress;
    private final CurrencyConverter converter;
    private final WorkPackagesAsOf workPackages;
    private final Clock clock;

    PackageEarnedValue(
            ExpenditureRepository expenditures,
            ProgressReportRepository progress,
            CurrencyConverter converter,
            WorkPackagesAsOf workPackages,
            Clock clock) {
        this.expenditures = expenditures;
        this.progress = progress;
        this.converter = converter;
        this.workPackages = workPackages;
        this.clock = clock;
    }

    /**
     * The earned value of one works package at a status date: of its budget and planned dates as
     * they were recorded at the end of that date, its progress and payments dated up to it.
     */
    public EarnedValueView of(WorkPackage p, LocalDate statusDate) {
        RatesOn rates = converter.ratesOn(statusDate);
        BigDecimal ac =
                expenditures.of(p).stream()
                        .filter(e -> !e.getPaymentDate().isAfter(statusDate))
                        .map(e -> e.getUsd().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal pct =
                progress.percentOn(List.of(p.getId()), statusDate)
                        .getOrDefault(p.getId(), BigDecimal.ZERO);
        AsOf asOf = AsOf.of(statusDate, clock);
        Money budget = p.getBudget();
        LocalDate plannedStart = p.getPlannedStart();
        LocalDate plannedEnd = p.getPlannedEnd();
        if (!asOf.current()) {
            WorkPackageView then =
                    workPackages.of(List.of(p.getCenter()), asOf).stream()
                            .filter(v -> v.id() == p.getId())
                            .findFirst()
                            .orElse(null);
            if (then != null) {
                budget = then.budget();
                plannedStart = then.plannedStart();
                plannedEnd = then.plannedEnd();
            }
        }
        return EarnedValueView.of(
                EarnedValue.of(
                        statusDate,
                        rates.toUsd(budget).usd().amount(),
                        plannedStart,
                        plannedEnd,
                        pct,
                        ac));
    }
}

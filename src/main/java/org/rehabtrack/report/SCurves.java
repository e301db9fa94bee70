package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.rehabtrack.center.Center;
import org.rehabtrack.funding.CurrencyConverter;
import org.rehabtrack.funding.RatesOn;
import org.rehabtrack.works.WorkPackageView;

/**
 * The S-curve of a set of works packages at a status date, read from their progress reports in one
 * query: what the progress workbook tabulates and the center page draws.
 */
@ApplicationScoped
public class SCurves {

    private final ReportQueries queries;
    private final CurrencyConverter converter;

    SCurves(ReportQueries queries, CurrencyConverter converter) {
        this.queries = queries;
        this.converter = converter;
    }

    /**
     * The curve of the packages not cancelled (of the given centers, or of all when null), their
     * budgets in dollars at the status date; refused (409) when a budget's currency has no rate
     * then.
     */
    public SCurve of(List<Center> centers, List<WorkPackageView> packages, LocalDate statusDate) {
        List<WorkPackageView> live = packages.stream().filter(p -> p.status().counts()).toList();
        Map<Long, NavigableMap<LocalDate, BigDecimal>> history =
                queries.progressHistory(
                        centers == null ? null : centers.stream().map(Center::getId).toList());
        RatesOn rates = converter.ratesOn(statusDate);
        return SCurve.of(
                live.stream()
                        .map(
                                p ->
                                        new SCurve.Package(
                                                rates.toUsd(p.budget()).usd().amount(),
                                                p.plannedStart(),
                                                p.plannedEnd(),
                                                history.getOrDefault(p.id(), new TreeMap<>())))
                        .toList(),
                statusDate);
    }
}

package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.funding.BudgetAllocationRepository;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.funding.FundingSourceRepository;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.Refusal;

/** What a report request covers, as the reader may see it: the {@link ReportContext}. */
@ApplicationScoped
public class ReportContexts {

    private final CenterRepository centers;
    private final FundingSourceRepository fundingSources;
    private final BudgetAllocationRepository allocations;
    private final Visibility visibility;
    private final RecordedValues recorded;
    private final Clock clock;

    ReportContexts(
            CenterRepository centers,
            FundingSourceRepository fundingSources,
            BudgetAllocationRepository allocations,
            Visibility visibility,
            RecordedValues recorded,
            Clock clock) {
        this.centers = centers;
        this.fundingSources = fundingSources;
        this.allocations = allocations;
        this.visibility = visibility;
        this.recorded = recorded;
        this.clock = clock;
    }

    /**
     * The report's language, period, funding source and centers: those asked for, or all; with a
     * funding source, only those among them that it funds.
     */
    public ReportContext of(ReportRequest request, Locale locale, String actor, URI base) {
        ReportPeriod period = ReportPeriod.of(request, clock);
        FundingSource source = null;
        if (request.fundingSource != null && !request.fundingSource.isBlank()) {
            String code = request.fundingSource.strip();
            source =
                    fundingSources
                            .findByCode(code)
                            .filter(f -> visibility.seesGrantOf(f.getDonor().getId()))
                            .orElseThrow(
                                    () ->
                                            Refusal.invalidField(
                                                    "fundingSource", "funding.unknown", code));
        }
        List<Center> selected = new ArrayList<>();
        for (int i = 0; i < request.centers.size(); i++) {
            String code = request.centers.get(i);
            String field = "center";
            selected.add(
                    centers.findByCode(code)
                            .filter(c -> visibility.seesCenter(c.getId()))
                            .orElseThrow(
                                    () -> Refusal.invalidField(field, "center.unknown", code)));
        }
        boolean all = selected.isEmpty();
        if (all) {
            selected =
                    centers.list("order by code").stream()
                            .filter(c -> visibility.seesCenter(c.getId()))
                            .toList();
        }
        if (source != null) {
            List<Center> funded = allocations.centersFundedBy(source);
            selected = selected.stream().filter(funded::contains).toList();
        }
        // A center registered after the cut-off date is not in a report of that date.
        selected = recorded.centersRegisteredBy(selected, AsOf.of(period.cutOff(), clock));
        return new ReportContext(
                locale,
                selected,
                all && !visibility.restricted(),
                source == null ? null : source.getCode(),
                period,
                clock.instant(),
                clock.getZone(),
                actor,
                visibility.scope(),
                base);
    }
}

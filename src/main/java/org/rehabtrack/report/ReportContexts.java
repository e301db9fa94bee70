package org.rehabtrack.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.funding.BudgetAllocationRepository;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.funding.FundingSourceRepository;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.Refusal;

/** What a report request covers, as the reader may see it: the {@link ReportContext}. */
@ApplicationScoped
public class ReportContexts {

    private final CenterService centers;
    private final FundingSourceRepository fundingSources;
    private final BudgetAllocationRepository allocations;
    private final Visibility visibility;
    private final RecordedValues recorded;
    private final Clock clock;

    ReportContexts(
            CenterService centers,
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
        ReportSelection selection = select(request.centers, request.fundingSource, period.cutOff());
        return new ReportContext(
                locale,
                selection.centers(),
                selection.allCenters(),
                selection.fundingSource() == null ? null : selection.fundingSource().getCode(),
                period,
                clock.instant(),
                clock.getZone(),
                actor,
                visibility.scope(),
                base);
    }

    /**
     * The centers a request covers, as the reader may see them: those asked for by code ({@code
     * center}, in the order asked), or all it sees; with a funding source ({@code fundingSource}),
     * only those among them that it funds; none registered after the cut-off date. A center or a
     * grant the reader may not see is refused as one that does not exist (400).
     */
    public ReportSelection select(
            List<String> centerCodes, String fundingSource, LocalDate cutOff) {
        FundingSource source = null;
        if (fundingSource != null && !fundingSource.isBlank()) {
            String code = fundingSource.strip();
            source =
                    fundingSources
                            .findSeenBy(code, visibility.scope())
                            .orElseThrow(
                                    () ->
                                            Refusal.invalidField(
                                                    "fundingSource", "funding.unknown", code));
        }
        // Which centers the reader sees is the center service's rule; one not seen is unknown.
        List<Center> seen = centers.seenBy(visibility.scope());
        boolean all = centerCodes.isEmpty();
        List<Center> selected = all ? seen : asked(centerCodes, seen);
        if (source != null) {
            List<Center> funded = allocations.centersFundedBy(source);
            selected = selected.stream().filter(funded::contains).toList();
        }
        // A center registered after the cut-off date is not in a report of that date.
        selected = recorded.centersRegisteredBy(selected, AsOf.of(cutOff, clock));
        return new ReportSelection(selected, all && !visibility.restricted(), source);
    }

    /** The centers asked for, in the order asked, each among those the reader sees. */
    private static List<Center> asked(List<String> codes, List<Center> seen) {
        Map<String, Center> byCode =
                seen.stream().collect(Collectors.toMap(Center::getCode, Function.identity()));
        List<Center> asked = new ArrayList<>();
        for (String code : codes) {
            Center center = byCode.get(code);
            if (center == null) {
                throw Refusal.invalidField("center", "center.unknown", code);
            }
            asked.add(center);
        }
        return asked;
    }
}

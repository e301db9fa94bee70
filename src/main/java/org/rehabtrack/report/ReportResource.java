package org.rehabtrack.report;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.audit.RecordedValues;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterRepository;
import org.rehabtrack.funding.BudgetAllocationRepository;
import org.rehabtrack.funding.FundingSource;
import org.rehabtrack.funding.FundingSourceRepository;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.problem.ApiException;
import org.rehabtrack.system.problem.Messages;

@Path("/api/reports")
@Tag(name = "Reports", description = "Excel workbooks for IOM, State partners and donors")
@Authenticated
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FindingsReport findings;
    private final BudgetReport budget;
    private final ProgressWorkbook progress;
    private final CenterRepository centers;
    private final FundingSourceRepository fundingSources;
    private final BudgetAllocationRepository allocations;
    private final Visibility visibility;
    private final Clock clock;
    private final ReportSlots slots;
    private final RecordedValues recorded;

    @jakarta.ws.rs.core.Context UriInfo uri;

    ReportResource(
            FindingsReport findings,
            BudgetReport budget,
            ProgressWorkbook progress,
            CenterRepository centers,
            FundingSourceRepository fundingSources,
            BudgetAllocationRepository allocations,
            Visibility visibility,
            Clock clock,
            ReportSlots slots,
            RecordedValues recorded) {
        this.recorded = recorded;
        this.slots = slots;
        this.visibility = visibility;
        this.allocations = allocations;
        this.findings = findings;
        this.budget = budget;
        this.progress = progress;
        this.centers = centers;
        this.fundingSources = fundingSources;
        this.clock = clock;
    }

    @GET
    @Path("progress.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "Portfolio progress workbook: summary with red/amber/green status, milestones, works packages")
    public Response progress(
            @BeanParam ReportRequest request, HttpHeaders headers, SecurityContext security) {
        ReportContext context = context(request, headers, security);
        return attachment(
                slots.write("progress", () -> progress.write(context)),
                fileName("progress", context));
    }

    @GET
    @Path("budget.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "Budget workbook: budget, committed, spent in the period and to date, available, by center,"
                            + " category and funding source in USD; every payment of the period with its rate")
    public Response budget(
            @BeanParam ReportRequest request, HttpHeaders headers, SecurityContext security) {
        ReportContext context = context(request, headers, security);
        return attachment(
                slots.write("budget", () -> budget.write(context)), fileName("budget", context));
    }

    @GET
    @Path("findings.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "Evaluation findings workbook: findings, counts by severity and status, standards checks")
    public Response findings(
            @BeanParam ReportRequest request, HttpHeaders headers, SecurityContext security) {
        ReportContext context = context(request, headers, security);
        return attachment(
                slots.write("findings", () -> findings.write(context)),
                fileName("findings", context));
    }

    /**
     * The report's language, period, funding source and centers: those asked for, or all; with a
     * funding source, only those among them that it funds.
     */
    private ReportContext context(
            ReportRequest request, HttpHeaders headers, SecurityContext security) {
        Locale locale = request.locale(Messages.negotiate(headers.getAcceptableLanguages()));
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
                                            ApiException.invalidField(
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
                                    () ->
                                            ApiException.invalidField(
                                                    field, "center.unknown", code)));
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
                Actor.of(security),
                visibility.scope(),
                uri.getBaseUri());
    }

    /** The scope of a file name covering more than one center and no single funding source. */
    static final String WHOLE_SELECTION = "portfolio";

    /**
     * A workbook's file name: the report, its scope, its language and its cut-off date, e.g. {@code
     * progress_CAMR-SPS_es_2026-11-28.xlsx}. The scope is the center's code when the report covers
     * one center, else the funding source's code when it is for one, else {@value
     * #WHOLE_SELECTION}. Any character but a letter, digit, dot or hyphen becomes a hyphen, so that
     * the name needs no escaping in a header and is a valid file name everywhere.
     */
    static String fileName(String report, ReportContext context) {
        String scope =
                context.centers().size() == 1
                        ? context.centers().get(0).getCode()
                        : context.fundingSource() != null
                                ? context.fundingSource()
                                : WHOLE_SELECTION;
        return report
                + "_"
                + safe(scope)
                + "_"
                + safe(context.locale().getLanguage())
                + "_"
                + context.cutOff()
                + ".xlsx";
    }

    private static String safe(String part) {
        String safe = part.replaceAll("[^A-Za-z0-9.-]", "-");
        return safe.isEmpty() ? "-" : safe;
    }

    /**
     * The workbook as a download; the file name is one of {@link #fileName}'s, plain ASCII that
     * needs no escaping.
     */
    static Response attachment(WorkbookFile workbook, String fileName) {
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}

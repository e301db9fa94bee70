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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.MediaTypes;

@Path("/api/reports")
@Tag(name = "Reports", description = "Excel workbooks for IOM, State partners and donors")
@Authenticated
public class ReportResource {

    static final String XLSX = MediaTypes.XLSX;

    private final ReportWriters writers;
    private final ReportContexts contexts;
    private final IssuedWorkbooks issued;

    @jakarta.ws.rs.core.Context UriInfo uri;

    ReportResource(ReportWriters writers, ReportContexts contexts, IssuedWorkbooks issued) {
        this.writers = writers;
        this.contexts = contexts;
        this.issued = issued;
    }

    @GET
    @Path("progress.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "Portfolio progress workbook: summary with red/amber/green status, milestones, works packages")
    public Response progress(
            @BeanParam ReportRequest request, HttpHeaders headers, SecurityContext security) {
        return issue("progress", request, headers, security);
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
        return issue("budget", request, headers, security);
    }

    @GET
    @Path("findings.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "Evaluation findings workbook: findings, counts by severity and status, standards checks")
    public Response findings(
            @BeanParam ReportRequest request, HttpHeaders headers, SecurityContext security) {
        return issue("findings", request, headers, security);
    }

    /** Writes a report for the request, archives it and answers it. */
    private Response issue(
            String report, ReportRequest request, HttpHeaders headers, SecurityContext security) {
        Locale locale = request.locale(Languages.of(headers));
        ReportContext context = contexts.of(request, locale, Actor.of(security), uri.getBaseUri());
        return issued.issue(report, context, request.centers, writers.write(report, context));
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
}

package org.rehabtrack.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.funding.FundingService;
import org.rehabtrack.funding.FundingSourceView;
import org.rehabtrack.report.archive.ArchiveFilter;
import org.rehabtrack.report.archive.ReportArchive;
import org.rehabtrack.report.schedule.ReportDeliveries;
import org.rehabtrack.report.schedule.ReportSchedules;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.Roles;

/**
 * The reports page: choose a report, centers, a funding source, the cut-off date, a period (for the
 * budget workbook) and a language, and download. The form sends the browser to the report's own
 * address in the API, so a report has one implementation; a small script says the workbook is being
 * prepared while it is. Managers, administrators and donors may also ask for the IATI activities.
 * Below, the workbooks issued last, linking to the whole archive ({@link ReportArchivePage}); and,
 * for managers and administrators, the report schedules with how each last sending went, and the
 * latest sendings with the reason of each failure (managers set, pause and remove schedules: {@link
 * ScheduleForm}).
 */
@Path("/reports")
@Authenticated
public class ReportsPage {

    private static final Set<String> REPORTS = Set.of("progress", "budget", "findings");

    /** How many of the workbooks issued last the page shows. */
    static final int LATEST = 5;

    /** The reports that cover a period (from, to) as well as a cut-off date. */
    private static final Set<String> PERIOD = Set.of("budget");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(
                Page page,
                List<Center> centers,
                List<FundingSourceView> sources,
                boolean iati,
                List<ArchiveRows.Row> latest,
                boolean schedulesShown,
                boolean setsSchedules,
                List<ScheduleRows.Schedule> schedules,
                List<ScheduleRows.Sending> sendings,
                String scheduleOutcome);
    }

    private final Page page;
    private final CenterService centers;
    private final FundingService funding;
    private final Visibility visibility;
    private final ReportArchive archive;
    private final ReportSchedules schedules;
    private final ReportDeliveries deliveries;
    private final Clock clock;

    ReportsPage(
            Page page,
            CenterService centers,
            FundingService funding,
            Visibility visibility,
            ReportArchive archive,
            ReportSchedules schedules,
            ReportDeliveries deliveries,
            Clock clock) {
        this.archive = archive;
        this.schedules = schedules;
        this.deliveries = deliveries;
        this.clock = clock;
        this.page = page;
        this.centers = centers;
        this.funding = funding;
        this.visibility = visibility;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("schedule") String scheduleOutcome) {
        List<Center> visible = centers.seenBy(visibility.scope());
        // Schedules are IOM's: managers set them, administrators see them.
        boolean schedulesShown = Set.of(Roles.MANAGER, Roles.ADMIN).contains(page.role());
        ScheduleRows rows = new ScheduleRows(page, clock);
        return page.localized(
                Templates.reports(
                        page,
                        visible,
                        funding.list(visibility::seesGrantOf),
                        publishesIati(),
                        latestIssued(),
                        schedulesShown,
                        Roles.MANAGER.equals(page.role()),
                        schedulesShown
                                ? rows.schedules(schedules.list(), deliveries.latestBySchedule())
                                : List.of(),
                        schedulesShown ? rows.sendings(deliveries.recent(SENDINGS)) : List.of(),
                        SeeOther.outcome(scheduleOutcome, ScheduleForm.OUTCOMES)));
    }

    /** How many of the latest sendings the page shows. */
    static final int SENDINGS = 10;

    /** The workbooks issued most recently that the user may see. */
    private List<ArchiveRows.Row> latestIssued() {
        PageRequest first = new PageRequest();
        first.size = LATEST;
        return new ArchiveRows(page, clock)
                .of(
                        archive.list(ArchiveFilter.NONE, visibility.scope(), page.user(), first)
                                .items());
    }

    /** Whether the user may ask for the IATI activities: managers, administrators and donors. */
    private boolean publishesIati() {
        return Set.of(Roles.MANAGER, Roles.ADMIN, Roles.DONOR).contains(page.role());
    }

    @GET
    @Path("download")
    @Operation(hidden = true)
    public Response download(
            @QueryParam("report") String report,
            @QueryParam("center") List<String> center,
            @QueryParam("fundingSource") String fundingSource,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("statusDate") String statusDate,
            @QueryParam("lang") String lang) {
        if ("iati".equals(report)) {
            // Every text is in both languages, and the activities have no period: only the
            // centers, the funding source and the cut-off date.
            UriBuilder iati = UriBuilder.fromPath("/api/iati/activities.xml");
            center.stream().filter(c -> !c.isBlank()).forEach(c -> iati.queryParam("center", c));
            for (String[] param :
                    new String[][] {{"fundingSource", fundingSource}, {"statusDate", statusDate}}) {
                if (param[1] != null && !param[1].isBlank()) {
                    iati.queryParam(param[0], param[1]);
                }
            }
            return SeeOther.to(iati.build());
        }
        String name = REPORTS.contains(report) ? report : "progress";
        UriBuilder target = UriBuilder.fromPath("/api/reports/" + name + ".xlsx");
        center.stream().filter(c -> !c.isBlank()).forEach(c -> target.queryParam("center", c));
        // Only the budget workbook has a period; for the others a "to" would only move the cut-off
        // date.
        boolean period = PERIOD.contains(name);
        for (String[] param :
                new String[][] {
                    {"fundingSource", fundingSource},
                    {"from", period ? from : null},
                    {"to", period ? to : null},
                    {"statusDate", statusDate},
                    {"lang", lang == null || lang.isBlank() ? page.lang() : lang}
                }) {
            if (param[1] != null && !param[1].isBlank()) {
                target.queryParam(param[0], param[1]);
            }
        }
        return SeeOther.to(target.build());
    }
}

package org.rehabtrack.report;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.audit.HistoryFilter;
import org.rehabtrack.audit.HistoryService;
import org.rehabtrack.center.Center;
import org.rehabtrack.center.CenterService;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.Languages;

@Path("/api/centers/{code}/history.xlsx")
@Tag(name = "History")
@Authenticated
public class CenterHistoryWorkbookResource {

    private final HistoryService history;
    private final HistoryWorkbook workbook;
    private final CenterService centers;
    private final Clock clock;
    private final ReportSlots slots;
    private final IssuedWorkbooks issued;

    CenterHistoryWorkbookResource(
            HistoryService history,
            HistoryWorkbook workbook,
            CenterService centers,
            Clock clock,
            ReportSlots slots,
            IssuedWorkbooks issued) {
        this.issued = issued;
        this.slots = slots;
        this.history = history;
        this.workbook = workbook;
        this.centers = centers;
        this.clock = clock;
    }

    @GET
    @Produces({ReportResource.XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "The center's history as a workbook, one row per field changed; same filters as the JSON")
    public Response download(
            @PathParam("code") String code,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("statusDate") String statusDate,
            @QueryParam("user") String user,
            @QueryParam("record") String record,
            @QueryParam("lang") String lang,
            HttpHeaders headers,
            SecurityContext security) {
        ReportRequest language = new ReportRequest();
        language.lang = lang;
        Locale locale = language.locale(Languages.of(headers));
        ReportPeriod period = ReportPeriod.of(from, to, statusDate, clock);
        Center center = centers.require(code);
        // Up to the end of the period and of the cut-off date: what was recorded after them is left
        // out.
        LocalDate last =
                period.to() != null && period.to().isBefore(period.cutOff())
                        ? period.to()
                        : period.cutOff();
        HistoryFilter filter = history.filter(code, from, last.toString(), user, record);
        ReportContext context =
                new ReportContext(
                        locale,
                        List.of(center),
                        false,
                        null,
                        period,
                        clock.instant(),
                        clock.getZone(),
                        Actor.of(security),
                        filter.funding());
        List<String> filters = new ArrayList<>();
        filters.add(
                context.label(
                        "report.history.filters",
                        from == null ? "—" : from,
                        last.toString(),
                        filter.user() == null
                                ? context.label("report.history.anyone")
                                : filter.user()));
        return issued.issue(
                "history",
                context,
                List.of(),
                slots.write("history", () -> workbook.write(context, filters, history.all(filter))),
                "user",
                user,
                "record",
                record);
    }
}

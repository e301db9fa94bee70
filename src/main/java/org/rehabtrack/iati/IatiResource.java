package org.rehabtrack.iati;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.report.ReportContexts;
import org.rehabtrack.report.ReportSelection;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.AsOf;
import org.rehabtrack.system.QueryParams;
import org.rehabtrack.system.Roles;

@Path("/api/iati")
@Tag(name = "IATI", description = "The programme as IATI 2.03 activities, for publication")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.DONOR})
public class IatiResource {

    private final IatiActivities activities;
    private final ReportContexts selections;
    private final Visibility visibility;
    private final Clock clock;

    @jakarta.ws.rs.core.Context UriInfo uri;

    IatiResource(
            IatiActivities activities,
            ReportContexts selections,
            Visibility visibility,
            Clock clock) {
        this.activities = activities;
        this.selections = selections;
        this.visibility = visibility;
        this.clock = clock;
    }

    @GET
    @Path("activities.xml")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "The programme and each center's rehabilitation as an IATI 2.03 iati-activities"
                            + " document, as the records stood at the status date; a donor gets"
                            + " only what it may see")
    public Response activities(
            @QueryParam("center") List<String> centers,
            @QueryParam("fundingSource") String fundingSource,
            @QueryParam("statusDate") String statusDate) {
        LocalDate date = QueryParams.date("statusDate", statusDate);
        AsOf asOf = AsOf.of(date == null ? LocalDate.now(clock) : date, clock);
        ReportSelection selection =
                selections.select(
                        centers == null ? List.of() : centers, fundingSource, asOf.date());
        List<IatiActivity> written =
                activities.of(
                        selection.centers(),
                        asOf,
                        visibility.scope(),
                        selection.fundingSource() == null
                                ? null
                                : selection.fundingSource().getCode(),
                        uri.getBaseUri());
        StreamingOutput body =
                out -> {
                    try {
                        IatiWriter.write(out, activities.reporter(), clock.instant(), written);
                    } catch (javax.xml.stream.XMLStreamException e) {
                        throw new java.io.IOException(e);
                    }
                };
        return Response.ok(body, MediaType.APPLICATION_XML)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"iati-activities_" + asOf.date() + ".xml\"")
                .build();
    }
}

package org.rehabtrack.report.schedule;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Roles;

@Path("/api/report-schedules")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ReportScheduleResource {

    private final ReportSchedules schedules;
    private final PatchReader patches;

    ReportScheduleResource(ReportSchedules schedules, PatchReader patches) {
        this.schedules = schedules;
        this.patches = patches;
    }

    @GET
    @Operation(summary = "The schedules that send workbooks by e-mail, by name")
    public List<ScheduleView> list() {
        return schedules.list();
    }

    @GET
    @Path("{id}")
    public ScheduleView get(@PathParam("id") long id) {
        return schedules.get(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(
            summary =
                    "A schedule's sendings, the newest first: occasion, status, attempts, the last"
                            + " failure's reason and the next attempt")
    public List<DeliveryView> deliveries(@PathParam("id") long id) {
        return schedules.deliveries(id);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Set a schedule: reports, centers, funding source, language, cadence and day,"
                            + " audience, recipients")
    public Response create(
            @NotNull @Valid ScheduleFields body, UriInfo uri, SecurityContext security) {
        ScheduleView created = schedules.create(body, Actor.of(security));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Roles.MANAGER)
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.MERGE_PATCH_JSON})
    @Operation(summary = "Change a schedule, or pause it (active: false), with the version")
    public ScheduleView update(@PathParam("id") long id, @NotNull ObjectNode body) {
        return schedules.update(id, patches.of(body));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Remove a schedule; what it sent stays in the archive")
    public Response delete(@PathParam("id") long id) {
        schedules.delete(id);
        return Response.noContent().build();
    }
}

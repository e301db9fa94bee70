package org.rehabtrack.milestone;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.Roles;

/** A center's milestones: {@code /api/centers/{code}/milestones}. */
@Path("/api/centers/{code}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones")
@Authenticated
public class CenterMilestonesResource {

    private final MilestoneService service;

    CenterMilestonesResource(MilestoneService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "A center's milestones, in plan order, with status and slip as of today")
    public List<MilestoneView> list(@PathParam("code") String code) {
        return service.listForCenter(code);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Add a milestone to a center (one of each standard kind; any number of CUSTOM)")
    public Response create(
            @PathParam("code") String code,
            @NotNull @Valid NewMilestone body,
            HttpHeaders headers,
            UriInfo uri) {
        MilestoneView created = service.create(code, body, Languages.of(headers));
        return Response.created(
                        uri.getBaseUriBuilder().path("api/milestones/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}

package org.rehabtrack.milestone;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Roles;

@Path("/api/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "Baseline, forecast and actual dates of each center's plan")
@Authenticated
public class MilestoneResource {

    private final PatchReader patches;
    private final MilestoneService service;

    MilestoneResource(MilestoneService service, PatchReader patches) {
        this.patches = patches;
        this.service = service;
    }

    @GET
    @Path("{id}")
    public MilestoneView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PATCH
    @RolesAllowed(Roles.MANAGER)
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.MERGE_PATCH_JSON})
    @Operation(
            summary =
                    "Move a forecast, record an actual date, set a first baseline; send the version last read")
    public MilestoneView update(
            @PathParam("id") long id,
            @NotNull
                    @RequestBody(
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(implementation = MilestonePatch.class)))
                    ObjectNode body,
            HttpHeaders headers) {
        return service.update(id, patches.of(body), Languages.of(headers));
    }

    @GET
    @Path("{id}/rebaselines")
    @Operation(summary = "The baselines a milestone had before, with the reasons they moved")
    public List<RebaselineView> rebaselines(@PathParam("id") long id) {
        return service.rebaselines(id);
    }

    @GET
    @Path("{id}/rebaselines/{rebaselineId}")
    public RebaselineView rebaseline(
            @PathParam("id") long id, @PathParam("rebaselineId") long rebaselineId) {
        return service.rebaseline(id, rebaselineId);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Path("{id}/rebaselines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move a milestone's baseline on purpose, keeping the old date and the reason")
    public Response rebaseline(
            @PathParam("id") long id, @NotNull @Valid NewRebaseline body, UriInfo uri) {
        RebaselineView created = service.rebaseline(id, body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }
}

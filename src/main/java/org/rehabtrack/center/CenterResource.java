package org.rehabtrack.center;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.KeptJson;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.Paged;
import org.rehabtrack.system.PagedAnswers;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.QueryParams;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

@Path("/api/centers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Centers", description = "Reception centers and the phase of their rehabilitation")
@Authenticated
public class CenterResource {

    private final PatchReader patches;
    private final CenterService service;
    private final Visibility visibility;
    private final KeptJson json;

    CenterResource(
            CenterService service, Visibility visibility, PatchReader patches, KeptJson json) {
        this.json = json;
        this.patches = patches;
        this.service = service;
        this.visibility = visibility;
    }

    @GET
    @Operation(
            summary =
                    "Every center the user may see, in code order; paged with page and size, total in X-Total-Count")
    public Response list(
            @QueryParam("phase") String phase, @Valid @BeanParam PageRequest page, UriInfo uri) {
        Paged<CenterView> centers =
                service.list(
                        QueryParams.enumValue(Phase.class, "phase", phase),
                        visibility.centerIds(),
                        page);
        return PagedAnswers.of(centers, json.array(centers.items()), uri);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a center; its standard milestones are created, not yet dated")
    public Response create(@NotNull @Valid NewCenter body, HttpHeaders headers, UriInfo uri) {
        CenterView created = service.create(body, Languages.of(headers));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}")
    public CenterView get(@PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> Refusal.notFound("center.notFound", code));
    }

    @PATCH
    @RolesAllowed(Roles.MANAGER)
    @Path("{code}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.MERGE_PATCH_JSON})
    @Operation(summary = "Change a center's fields or phase; send the version last read")
    public CenterView update(
            @PathParam("code") String code,
            @NotNull
                    @RequestBody(
                            content =
                                    @Content(schema = @Schema(implementation = CenterPatch.class)))
                    ObjectNode body) {
        return service.update(code, patches.of(body));
    }

    @GET
    @Path("{code}/phase-changes")
    @Operation(summary = "Every phase the center entered: when, from where, and why")
    public List<PhaseChangeView> phaseChanges(@PathParam("code") String code) {
        return service.phaseChanges(code);
    }
}

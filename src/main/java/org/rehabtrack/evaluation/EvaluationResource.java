package org.rehabtrack.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Roles;

@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Evaluations",
        description = "Site evaluations, their measurements and standards checks")
@Authenticated
public class EvaluationResource {

    private final PatchReader patches;
    private final EvaluationService service;

    EvaluationResource(EvaluationService service, PatchReader patches) {
        this.patches = patches;
        this.service = service;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An evaluation with its measurements, standards checks and services")
    public EvaluationView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PATCH
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.MERGE_PATCH_JSON})
    @Operation(summary = "Correct an evaluation; send the version last read")
    public EvaluationView update(
            @PathParam("id") long id,
            @NotNull
                    @RequestBody(
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    EvaluationPatch.class)))
                    ObjectNode body) {
        return service.update(id, patches.of(body));
    }

    @GET
    @Path("{id}/comparison")
    @Operation(
            summary =
                    "This evaluation's checks against an earlier one (with=id; default the center's initial one)")
    public EvaluationComparison compare(@PathParam("id") long id, @QueryParam("with") Long with) {
        return service.compare(id, with);
    }
}

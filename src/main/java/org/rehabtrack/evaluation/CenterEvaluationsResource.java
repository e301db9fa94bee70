package org.rehabtrack.evaluation;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Roles;

/** A center's evaluations: {@code /api/centers/{code}/evaluations}. */
@Path("/api/centers/{code}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations")
@Authenticated
public class CenterEvaluationsResource {

    private final EvaluationService service;

    CenterEvaluationsResource(EvaluationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "A center's evaluations, oldest first")
    public List<EvaluationView> list(@PathParam("code") String code) {
        return service.listForCenter(code);
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a site evaluation with its measurements and service ratings")
    public Response create(
            @PathParam("code") String code, @NotNull @Valid NewEvaluation body, UriInfo uri) {
        EvaluationView created = service.create(code, body);
        return Response.created(
                        uri.getBaseUriBuilder().path("api/evaluations/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}

package org.rehabtrack.works;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.security.VisibilityScope;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.Roles;

/** A center's works packages: {@code /api/centers/{code}/work-packages}. */
@Path("/api/centers/{code}/work-packages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Works")
@Authenticated
public class CenterWorkPackagesResource {

    private final WorkPackageService service;
    private final Visibility visibility;

    CenterWorkPackagesResource(WorkPackageService service, Visibility visibility) {
        this.service = service;
        this.visibility = visibility;
    }

    @GET
    @Operation(summary = "A center's works packages, by code")
    public List<WorkPackageView> list(@PathParam("code") String code) {
        VisibilityScope reader = visibility.scope();
        return service.listForCenter(code).stream().map(p -> p.shownTo(reader)).toList();
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a works package; the findings it addresses become planned")
    public Response create(
            @PathParam("code") String code,
            @NotNull @Valid NewWorkPackage body,
            SecurityContext security,
            UriInfo uri) {
        WorkPackageView created =
                service.create(code, body, Actor.of(security)).shownTo(visibility.scope());
        return Response.created(
                        uri.getBaseUriBuilder().path("api/work-packages/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}

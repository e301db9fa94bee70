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

/** Payments on a works package: {@code /api/work-packages/{id}/expenditures}. */
@Path("/api/work-packages/{id}/expenditures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Works")
@Authenticated
public class WorkPackageExpendituresResource {

    private final ExpenditureService service;
    private final Visibility visibility;

    WorkPackageExpendituresResource(ExpenditureService service, Visibility visibility) {
        this.service = service;
        this.visibility = visibility;
    }

    @GET
    @Operation(
            summary =
                    "The package's payments, oldest first, each with its dollar amount and rate; for a donor,"
                            + " those of its own grants")
    public List<ExpenditureView> list(@PathParam("id") long id) {
        VisibilityScope funding = visibility.scope();
        return service.of(id).stream()
                .filter(payment -> funding.showsGrant(payment.fundingSource()))
                .toList();
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Record a payment: date, amount, funding source, reference; refused beyond the allocation")
    public Response pay(
            @PathParam("id") long id,
            @NotNull @Valid ExpenditureRequest body,
            SecurityContext security,
            UriInfo uri) {
        ExpenditureView created = service.pay(id, body, Actor.of(security));
        return Response.created(
                        uri.getBaseUriBuilder().path("api/expenditures/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}

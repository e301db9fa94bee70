package org.rehabtrack.works;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.QueryParams;
import org.rehabtrack.system.Roles;

@Path("/api/work-packages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Works", description = "Works packages, their status and progress")
@Authenticated
public class WorkPackageResource {

    private final PatchReader patches;
    private final WorkPackageService service;
    private final Visibility visibility;

    WorkPackageResource(WorkPackageService service, Visibility visibility, PatchReader patches) {
        this.patches = patches;
        this.service = service;
        this.visibility = visibility;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A works package; with statusDate, its earned value at that date")
    public WorkPackageView get(
            @PathParam("id") long id, @QueryParam("statusDate") String statusDate) {
        LocalDate date = QueryParams.date("statusDate", statusDate);
        return (date == null ? service.get(id) : service.get(id, date)).shownTo(visibility.scope());
    }

    @PATCH
    @RolesAllowed(Roles.MANAGER)
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.MERGE_PATCH_JSON})
    @Operation(
            summary =
                    "Change a works package, its findings, or move its status (statusDate); send the version")
    public WorkPackageView update(
            @PathParam("id") long id,
            @NotNull
                    @RequestBody(
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    WorkPackagePatch.class)))
                    ObjectNode body,
            SecurityContext security) {
        return service.update(id, patches.of(body), Actor.of(security)).shownTo(visibility.scope());
    }

    @GET
    @Path("{id}/change-orders")
    public List<ChangeOrderView> changeOrders(@PathParam("id") long id) {
        return service.changeOrders(id);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Path("{id}/change-orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Ask for a change to the contract: amount and days (negative to remove), reason")
    public Response requestChange(
            @PathParam("id") long id, @NotNull @Valid ChangeOrderRequest body, UriInfo uri) {
        ChangeOrderView created = service.requestChange(id, body);
        return Response.created(
                        uri.getBaseUriBuilder().path("api/change-orders/{id}").build(created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}/progress")
    @Operation(summary = "The package's progress reports, oldest first")
    public List<ProgressView> progress(@PathParam("id") long id) {
        return service.progress(id);
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Report cumulative physical % complete; lower than the last only with a correctionReason")
    public Response reportProgress(
            @PathParam("id") long id,
            @NotNull @Valid ProgressRequest body,
            SecurityContext security,
            UriInfo uri) {
        ProgressView created = service.reportProgress(id, body, Actor.of(security));
        return Response.created(uri.getAbsolutePath()).entity(created).build();
    }
}

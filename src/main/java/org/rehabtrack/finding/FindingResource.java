package org.rehabtrack.finding;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Roles;

@Path("/api/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings", description = "What engineers found on site, its lifecycle and its photos")
@Authenticated
public class FindingResource {

    private final PatchReader patches;
    private final FindingService findings;
    private final PhotoService photos;

    FindingResource(FindingService findings, PhotoService photos, PatchReader patches) {
        this.patches = patches;
        this.findings = findings;
        this.photos = photos;
    }

    @GET
    @Path("{id}")
    public FindingView get(@PathParam("id") long id) {
        return findings.get(id);
    }

    @PATCH
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.MERGE_PATCH_JSON})
    @Operation(
            summary =
                    "Change a finding's text or move it in its lifecycle (status, statusReason); send the version last read")
    public FindingView update(
            @PathParam("id") long id,
            @NotNull
                    @RequestBody(
                            content =
                                    @Content(schema = @Schema(implementation = FindingPatch.class)))
                    ObjectNode body,
            SecurityContext security) {
        return findings.update(id, patches.of(body), Actor.of(security));
    }

    @DELETE
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Path("{id}")
    @Operation(summary = "Remove a finding with its history and photos")
    public Response delete(@PathParam("id") long id) {
        findings.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/transitions")
    @Operation(summary = "Every status the finding took: from, to, why, who and when")
    public List<TransitionView> transitions(@PathParam("id") long id) {
        return findings.transitions(id);
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary =
                    "Add a photo (multipart, part 'file': JPEG or PNG, recognised by content; optional 'caption')")
    public Response addPhoto(
            @PathParam("id") long id,
            @RestForm("file") FileUpload file,
            @RestForm("caption") @Size(max = 500) String caption,
            UriInfo uri) {
        PhotoView created = photos.add(id, file == null ? null : file.uploadedFile(), caption);
        return Response.created(uri.getBaseUriBuilder().path("api/photos/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}

package org.rehabtrack.finding;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

@Path("/api/photos")
@Tag(name = "Findings")
@Authenticated
public class PhotoResource {

    private final PhotoService photos;

    PhotoResource(PhotoService photos) {
        this.photos = photos;
    }

    @GET
    @Path("{id}")
    @Produces({"image/jpeg", "image/png", "application/json"})
    @Operation(
            summary =
                    "The photo itself, with its content type: written anew by the service, without metadata")
    public Response get(@PathParam("id") long id) {
        return serve(photos.get(id));
    }

    @GET
    @Path("{id}/thumbnail")
    @Produces({"image/jpeg", "image/png", "application/json"})
    @Operation(
            summary =
                    "A small JPEG of the photo (the configured thumbnail side, 320 px by default)")
    public Response thumbnail(@PathParam("id") long id) {
        return serve(photos.thumbnail(id));
    }

    private static Response serve(PhotoService.StoredPhoto photo) {
        if (!Files.isRegularFile(photo.file())) {
            throw Refusal.notFound("photo.fileMissing", photo.id());
        }
        return Response.ok(photo.file().toFile(), photo.contentType())
                .header("Content-Length", photo.size())
                .header("Content-Disposition", "inline; filename=\"" + photo.fileName() + "\"")
                .header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Path("{id}")
    @Operation(summary = "Remove a photo")
    public Response delete(@PathParam("id") long id) {
        photos.delete(id);
        return Response.noContent().build();
    }
}

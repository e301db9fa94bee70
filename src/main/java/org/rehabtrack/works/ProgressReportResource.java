package org.rehabtrack.works;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.finding.PhotoService;
import org.rehabtrack.finding.PhotoView;
import org.rehabtrack.finding.PreparedPhoto;
import org.rehabtrack.system.Roles;

@Path("/api/progress-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Works")
@Authenticated
public class ProgressReportResource {

    private final PhotoService photos;
    private final WorkPackageService packages;

    ProgressReportResource(PhotoService photos, WorkPackageService packages) {
        this.photos = photos;
        this.packages = packages;
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Path("{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary =
                    "Add a photo of the works to a progress report (multipart, part 'file': JPEG or PNG)")
    public Response addPhoto(
            @PathParam("id") long id,
            @RestForm("file") FileUpload file,
            @RestForm("caption") @Size(max = 500) String caption,
            UriInfo uri) {
        packages.requireProgressReport(id);
        PhotoView created;
        // Written anew (CPU work) before the transaction that records it, as a finding's photo is.
        try (PreparedPhoto prepared = photos.prepare(file == null ? null : file.uploadedFile())) {
            created = photos.addToProgress(id, prepared, caption);
        }
        return Response.created(uri.getBaseUriBuilder().path("api/photos/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}

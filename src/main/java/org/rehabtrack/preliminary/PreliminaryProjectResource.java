package org.rehabtrack.preliminary;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rehabtrack.system.Languages;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

/** A center's preliminary project: {@code /api/centers/{code}/preliminary-project}. */
@Path("/api/centers/{code}/preliminary-project")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Preliminary project",
        description = "Design, bill of quantities, terms of reference, approvals")
@Authenticated
public class PreliminaryProjectResource {

    static final String XLSX = MediaTypes.XLSX;

    private final PreliminaryProjectService service;

    PreliminaryProjectResource(PreliminaryProjectService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The latest version, with its bill of quantities and totals")
    public ProjectView current(@PathParam("code") String code) {
        return service.current(code);
    }

    @PUT
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Write the current draft whole (the first one creates version 1); send the version last read")
    public Response write(
            @PathParam("code") String code, @NotNull @Valid ProjectPut body, UriInfo uri) {
        PreliminaryProjectService.Written written = service.write(code, body, false);
        if (written.created()) {
            return Response.created(uri.getAbsolutePath()).entity(written.project()).build();
        }
        return Response.ok(written.project()).build();
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit, withdraw (DRAFT), approve or reject the latest version")
    public ProjectView decide(
            @PathParam("code") String code, @NotNull @Valid ProjectDecisionRequest body) {
        return service.decide(code, body);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Path("boq")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary =
                    "Import a bill of quantities from an .xlsx in the layout of GET .../boq (part 'file')")
    public Response importBoq(
            @PathParam("code") String code,
            @RestForm("file") FileUpload file,
            @RestForm("version") Long version,
            UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw Refusal.invalidField("file", "boq.fileRequired");
        }
        PreliminaryProjectService.Written written =
                service.importBoq(code, file.uploadedFile(), version);
        if (written.created()) {
            return Response.created(
                            uri.getBaseUriBuilder()
                                    .path("api/centers/{code}/preliminary-project")
                                    .build(code))
                    .entity(written.project())
                    .build();
        }
        return Response.ok(written.project()).build();
    }

    @GET
    @Path("boq")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(
            summary =
                    "The bill of quantities as a workbook in the import layout (the empty template when there is none)")
    public Response exportBoq(
            @PathParam("code") String code, @QueryParam("lang") String lang, HttpHeaders headers) {
        Locale locale = Languages.chosen(headers, lang);
        PreliminaryProjectService.BoqFile file =
                service.exportBoq(code, "es".equals(locale.getLanguage()));
        return Response.ok(file.content(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }

    @GET
    @Path("versions")
    @Operation(summary = "Every version with its status and total")
    public List<ProjectSummary> versions(@PathParam("code") String code) {
        return service.versions(code);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Path("versions")
    @Operation(
            summary =
                    "Start a new draft version from the latest, once that one is approved or rejected")
    public Response newVersion(@PathParam("code") String code, UriInfo uri) {
        ProjectView created = service.newVersion(code);
        return Response.created(
                        uri.getAbsolutePathBuilder()
                                .path(String.valueOf(created.versionNumber()))
                                .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("versions/{number}")
    public ProjectView version(@PathParam("code") String code, @PathParam("number") int number) {
        return service.version(code, number);
    }

    @GET
    @Path("comparison")
    @Operation(
            summary =
                    "Two versions' totals side by side, chapter by chapter (from, to: version numbers)")
    public ProjectComparison compare(
            @PathParam("code") String code,
            @QueryParam("from") Integer from,
            @QueryParam("to") Integer to) {
        if (from == null) {
            throw Refusal.invalidField("from", "error.required");
        }
        if (to == null) {
            throw Refusal.invalidField("to", "error.required");
        }
        return service.compare(code, from, to);
    }
}
